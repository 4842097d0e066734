package org.totalplace.spend.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One counting rule: when a source category's fields equal {@code match} (ignoring case and runs of spaces), the
 * money is given a function, or excluded for a stated reason, or labelled capital/revenue. A rule matching more
 * fields is more specific and wins over one matching fewer; between equally specific rules the earlier wins.
 */
public final class CategoryRule {

    public sealed interface Action {
    }

    public record Classify(FunctionCode function) implements Action {
    }

    public record Exclude(String reason) implements Action {
    }

    public record Label(SpendType spendType) implements Action {
    }

    private final CountSource source;
    private final Map<String, String> match;
    private final Action action;
    /** The match values as compared: normalised once, not for every category. */
    private final Map<String, String> normalMatch;

    public CategoryRule(CountSource source, Map<String, String> match, Action action) {
        this.source = Objects.requireNonNull(source);
        this.match = Collections.unmodifiableMap(new TreeMap<>(match));
        this.action = Objects.requireNonNull(action);
        Map<String, String> normal = new TreeMap<>();
        this.match.forEach((field, value) -> normal.put(field, value == null ? null : normal(value)));
        this.normalMatch = Collections.unmodifiableMap(normal);
    }

    public CountSource source() {
        return source;
    }

    public Map<String, String> match() {
        return match;
    }

    public Action action() {
        return action;
    }

    /** Whether the category, its values already {@link #normalise normalised}, has every field this rule names. */
    public boolean matches(Map<String, String> normalCategory) {
        for (Map.Entry<String, String> wanted : normalMatch.entrySet()) {
            String value = normalCategory.get(wanted.getKey());
            if (value == null || !value.equals(wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    public int specificity() {
        return match.size();
    }

    /** Values compare ignoring case, surrounding space and runs of spaces inside. */
    public static Map<String, String> normalise(Map<String, String> category) {
        Map<String, String> normal = new HashMap<>();
        category.forEach((field, value) -> {
            if (value != null) {
                normal.put(field, normal(value));
            }
        });
        return normal;
    }

    public static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryRule rule && rule.source == source && rule.match.equals(match)
                && rule.action.equals(action);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, match, action);
    }

    @Override
    public String toString() {
        return "CategoryRule[" + source.wire() + " " + match + " -> " + action + "]";
    }
}
