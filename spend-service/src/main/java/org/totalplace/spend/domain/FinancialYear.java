package org.totalplace.spend.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, written "2009-10": the year it starts in, a dash,
 * and the last two digits of the year it ends in.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");
    public static final String FORMAT_MESSAGE = "must be a financial year such as \"2009-10\"";

    public FinancialYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new InvalidValueException("must start in a year between 1000 and 9998");
        }
    }

    public static FinancialYear startingIn(int startYear) {
        return new FinancialYear(startYear);
    }

    /** Reads "2009-10"; the second part must be the year after the first, modulo 100 ("1999-00"). */
    public static FinancialYear parse(String text) {
        if (text == null) {
            throw new InvalidValueException(FORMAT_MESSAGE);
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException(FORMAT_MESSAGE);
        }
        int start = Integer.parseInt(m.group(1));
        int endShort = Integer.parseInt(m.group(2));
        if (endShort != (start + 1) % 100) {
            throw new InvalidValueException("must span two consecutive years, e.g. \"2009-10\"");
        }
        return new FinancialYear(start);
    }

    /** The financial year a day falls in: 31 March 2010 is in 2009-10, 1 April 2010 in 2010-11. */
    public static FinancialYear containing(LocalDate date) {
        int year = date.getYear();
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? year : year - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
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
