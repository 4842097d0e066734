package org.totalplace.pilots.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which the names of places and pilots are compared. Sources write the same place as
 * "Manchester &amp; Warrington", "manchester and warrington", "Luton/ Central Beds" or "Luton, Central Beds";
 * all of them share a key: lower case, {@code &} read as "and", {@code /} and {@code ,} read as separators,
 * whitespace (including the no-break space some files carry) collapsed to single spaces.
 */
public final class SpellingKey {

    private static final Pattern SEPARATORS = Pattern.compile("[/,]");
    private static final Pattern AMPERSAND = Pattern.compile("&");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private SpellingKey() {
    }

    public static String of(String spelling) {
        if (spelling == null) {
            return "";
        }
        String key = spelling.toLowerCase(Locale.ROOT);
        key = AMPERSAND.matcher(key).replaceAll(" and ");
        key = SEPARATORS.matcher(key).replaceAll(" ");
        return WHITESPACE.matcher(key).replaceAll(" ").strip();
    }

    /** Whether two spellings name the same thing once normalised. */
    public static boolean same(String one, String other) {
        return of(one).equals(of(other));
    }
}
