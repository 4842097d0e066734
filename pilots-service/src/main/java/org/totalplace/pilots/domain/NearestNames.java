package org.totalplace.pilots.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which known things a misspelt or partial name most likely meant, for messages that list candidates.
 * A candidate qualifies when one of its names begins with the given words, contains them, or is within a
 * few typing errors of them (at most a third of the given length, and at least two); closer ones come first.
 */
public final class NearestNames {

    private static final int BEGINS_WITH = 0;
    private static final int CONTAINS = 1;
    private static final int TYPO = 2;
    private static final int UNRELATED = Integer.MAX_VALUE;

    private NearestNames() {
    }

    /**
     * Up to {@code limit} candidates ranked by how near their closest name is to {@code given}; ties keep
     * the iteration order of {@code namesOf}.
     */
    public static <T> List<T> rank(String given, Map<T, ? extends Collection<String>> namesOf, int limit) {
        String key = SpellingKey.of(given);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored<T>(T candidate, int score) {
        }
        List<Scored<T>> scored = new ArrayList<>();
        namesOf.forEach((candidate, names) -> {
            int best = names.stream().mapToInt(name -> score(key, SpellingKey.of(name))).min().orElse(UNRELATED);
            if (best != UNRELATED) {
                scored.add(new Scored<>(candidate, best));
            }
        });
        return scored.stream().sorted(Comparator.comparingInt(Scored::score)).limit(limit).map(Scored::candidate).toList();
    }

    /** Whether {@code name} begins with the words of {@code given} followed by more words. */
    public static boolean beginsWithWords(String nameKey, String givenKey) {
        return nameKey.length() > givenKey.length() && nameKey.startsWith(givenKey)
                && isWordBreak(nameKey.charAt(givenKey.length()));
    }

    static int score(String given, String name) {
        if (name.isEmpty()) {
            return UNRELATED;
        }
        if (name.equals(given) || beginsWithWords(name, given) || beginsWithWords(given, name)) {
            return BEGINS_WITH;
        }
        if (containsWords(name, given) || containsWords(given, name)) {
            return CONTAINS;
        }
        int distance = distance(given, name);
        return distance <= Math.max(2, given.length() / 3) ? TYPO + distance : UNRELATED;
    }

    private static boolean containsWords(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            boolean startsAtBreak = at == 0 || isWordBreak(text.charAt(at - 1));
            boolean endsAtBreak = end == text.length() || isWordBreak(text.charAt(end));
            if (startsAtBreak && endsAtBreak) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '-';
    }

    /** Levenshtein distance: insertions, deletions and substitutions of single characters. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
