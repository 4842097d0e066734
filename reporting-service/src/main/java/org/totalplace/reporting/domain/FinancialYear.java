package org.totalplace.reporting.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year (1 April to 31 March), written "2009-10": the year it starts in, a dash and
 * the last two digits of the year it ends in.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");

    public FinancialYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new InvalidValueException("must start in a year between 1000 and 9998");
        }
    }

    /** Reads "2009-10"; the second part must be the year after the first, modulo 100 ("1999-00"). */
    public static FinancialYear parse(String text) {
        if (text == null) {
            throw new InvalidValueException("must be a financial year such as \"2009-10\"");
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("must be a financial year such as \"2009-10\"");
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new InvalidValueException("must span two consecutive years, e.g. \"2009-10\"");
        }
        return new FinancialYear(start);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** "2009-10". */
    @Override
    public String toString() {
        return String.format("%04d-%02d", startYear, (startYear + 1) % 100);
    }
}
