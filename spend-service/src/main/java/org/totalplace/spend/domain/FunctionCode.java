package org.totalplace.spend.domain;

import java.util.regex.Pattern;

/**
 * A place in the two-level functional classification, as the CRA writes COFOG: level 1 "10" (Social protection),
 * level 2 "10.2" (Old age); health uses HM Treasury's own level 2 codes "7.A", "7.B", "7.C". {@link #UNCLASSIFIED}
 * is where money goes that no rule classifies: shown, never dropped.
 */
public record FunctionCode(String level1, String level2) {

    private static final Pattern LEVEL_2 = Pattern.compile("([0-9]{1,2})\\.[0-9A-Z]{1,2}");
    private static final Pattern LEVEL_1 = Pattern.compile("[0-9]{1,2}");
    public static final String UNCLASSIFIED_CODE = "unclassified";
    public static final FunctionCode UNCLASSIFIED = new FunctionCode(UNCLASSIFIED_CODE, UNCLASSIFIED_CODE);

    /** Reads a level 2 code such as "10.2"; its level 1 is the part before the dot. */
    public static FunctionCode ofLevel2(String code) {
        var m = code == null ? null : LEVEL_2.matcher(code);
        if (m == null || !m.matches()) {
            throw new InvalidValueException("must be a level 2 function code such as \"10.2\" or \"7.A\"");
        }
        return new FunctionCode(m.group(1), code);
    }

    public static boolean isLevel1(String code) {
        return code != null && LEVEL_1.matcher(code).matches();
    }

    public static boolean isLevel2(String code) {
        return code != null && LEVEL_2.matcher(code).matches();
    }

    /** The code at the front of a CRA label: "10.2 Old age" → "10.2", "10. Social protection" → "10". */
    public static String codeOfLabel(String label) {
        String head = label.strip().split("\\s+", 2)[0];
        return head.endsWith(".") ? head.substring(0, head.length() - 1) : head;
    }
}
