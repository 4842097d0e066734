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

    /**
     * Stripped, each run of ASCII whitespace (what the regular expression {@code \\s} means) made one space, lower
     * case. Written out rather than as a regular expression: a recount normalises every category of every import.
     */
    public static String normal(String text) {
        String stripped = text.strip();
        if (!hasSpaceToCollapse(stripped)) {
            return stripped.toLowerCase(Locale.ROOT);
        }
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (!isAsciiSpace(c)) {
                collapsed.append(c);
                inSpace = false;
            } else if (!inSpace) {
                collapsed.append(' ');
                inSpace = true;
            }
        }
        return collapsed.toString().toLowerCase(Locale.ROOT);
    }

    /** Whitespace other than single spaces. */
    private static boolean hasSpaceToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c) && (c != ' ' || i + 1 < text.length() && isAsciiSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
