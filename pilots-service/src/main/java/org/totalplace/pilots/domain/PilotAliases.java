package org.totalplace.pilots.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Other names a pilot goes by. Sources spell pilots differently ("10 Manchester LAs and Warrington",
 * "Manchester &amp; Warrington"), so a register keeps them; they are compared case-insensitively.
 */
public final class PilotAliases {

    /** Alphabetical ignoring case; ties (same letters, different case) broken by the exact text. */
    public static final Comparator<String> ORDER =
            Comparator.comparing(PilotAliases::key).thenComparing(Comparator.naturalOrder());

    private PilotAliases() {
    }

    /**
     * Trims each alias, collapses runs of whitespace, drops blanks, keeps the first spelling of aliases
     * that differ only in case, and sorts them (ignoring case) so that equal sets always read the same.
     */
    public static List<String> normalise(Collection<String> aliases) {
        if (aliases == null) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String alias : aliases) {
            String tidy = tidy(alias);
            if (!tidy.isEmpty()) {
                byKey.putIfAbsent(key(tidy), tidy);
            }
        }
        return byKey.values().stream().sorted(ORDER).toList();
    }

    /** The form in which names are compared: trimmed, single-spaced, lower case. */
    public static String key(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }

    static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
