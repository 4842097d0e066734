package org.totalplace.spend.domain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One counting rule: when a source category's fields equal {@code match} (ignoring case and runs of spaces), the
 * money is given a function, or excluded for a stated reason, or labelled capital/revenue. A rule matching more
 * fields is more specific and wins over one matching fewer; between equally specific rules the earlier wins.
 */
public record CategoryRule(CountSource source, Map<String, String> match, Action action,
                           Map<String, String> normalMatch) {

    public sealed interface Action {
    }

    public record Classify(FunctionCode function) implements Action {
    }

    public record Exclude(String reason) implements Action {
    }

    public record Label(SpendType spendType) implements Action {
    }

    public CategoryRule {
        match = new TreeMap<>(match);
        normalMatch = new TreeMap<>();
        for (Map.Entry<String, String> field : match.entrySet()) {
            normalMatch.put(field.getKey(), field.getValue() == null ? null : normal(field.getValue()));
        }
    }

    public CategoryRule(CountSource source, Map<String, String> match, Action action) {
        this(source, match, action, Map.of());
    }

    /** Whether the category, its values already {@link #normal normalised}, has every field this rule names. */
    public boolean matches(Map<String, String> normalCategory) {
        for (Map.Entry<String, String> wanted : normalMatch.entrySet()) {
            String value = normalCategory.get(wanted.getKey());
            if (value == null || !value.equals(wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Values compare ignoring case, surrounding space and runs of spaces inside. */
    public static Map<String, String> normalise(Map<String, String> category) {
        Map<String, String> normal = new java.util.HashMap<>();
        category.forEach((field, value) -> {
            if (value != null) {
                normal.put(field, normal(value));
            }
        });
        return normal;
    }

    public int specificity() {
        return match.size();
    }

    public static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
