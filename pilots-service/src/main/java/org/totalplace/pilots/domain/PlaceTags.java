package org.totalplace.pilots.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a place works on, as tags: free text ("Older people", "under fives", "Families with complex needs")
 * kept as lowercase slugs ({@code older-people}, {@code under-fives}, {@code families-with-complex-needs}), so that
 * two places that wrote the same theme differently share the tag. Pure: no I/O, no framework.
 */
public final class PlaceTags {

    public static final String FIELD = "tags";
    public static final int MAX_LENGTH = 60;
    public static final int MAX_TAGS = 50;
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private PlaceTags() {
    }

    /**
     * The slug of one tag: accents dropped, lower case, every run of other characters one hyphen, no hyphen at
     * either end ({@code "  Under-5s & Families "} → {@code under-5s-families}); empty when nothing is left.
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    /** The tags as slugs, each once, sorted; null is no tags. Call {@link #check} first: this drops blanks. */
    public static List<String> normalise(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        TreeSet<String> slugs = new TreeSet<>();
        for (String tag : tags) {
            String slug = slug(tag);
            if (!slug.isEmpty()) {
                slugs.add(slug);
            }
        }
        return List.copyOf(slugs);
    }

    /** Every tag that cannot be a slug (nothing but punctuation, or too long), each naming {@code tags[i]}. */
    public static List<RuleDecision> check(List<String> tags) {
        List<RuleDecision> rejections = new ArrayList<>();
        if (tags == null) {
            return rejections;
        }
        for (int i = 0; i < tags.size(); i++) {
            String slug = slug(tags.get(i));
            String field = FIELD + "[" + i + "]";
            if (slug.isEmpty()) {
                rejections.add(RuleDecision.reject(field, "'" + tags.get(i) + "' has no letters or digits to make a tag of"));
            } else if (slug.length() > MAX_LENGTH) {
                rejections.add(RuleDecision.reject(field, "is " + slug.length() + " characters as a tag ('" + slug
                        + "'); at most " + MAX_LENGTH));
            }
        }
        return rejections;
    }
}
