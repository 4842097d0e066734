package org.totalplace.reporting.domain.library;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every identifying detail of a story by how it is shown: whole words only, whatever the case, longest
 * detail first (so that "Mary Jones" goes before "Mary"); a replacement that starts a sentence is capitalised.
 */
public final class Anonymiser {

    private Anonymiser() {
    }

    public static String anonymise(String text, List<IdentifyingDetail> details) {
        if (text == null || details.isEmpty()) {
            return text;
        }
        String result = text;
        List<IdentifyingDetail> longestFirst = details.stream()
                .filter(detail -> detail.text() != null && !detail.text().isBlank())
                .sorted(Comparator.comparingInt((IdentifyingDetail d) -> d.text().length()).reversed())
                .toList();
        for (IdentifyingDetail detail : longestFirst) {
            result = replace(result, detail);
        }
        return result;
    }

    private static String replace(String text, IdentifyingDetail detail) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(detail.text()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String shown = startsSentence(text, matcher.start()) ? capitalised(detail.shownAs()) : detail.shownAs();
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '\'') {
                return c == '.' || c == '!' || c == '?';
            }
        }
        return true;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
