package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates worded for people (documents); JSON and CSV carry the raw values instead. */
public final class Figures {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private Figures() {
    }

    /** "£1,234.50" (GBP) or "EUR 1,234.50". */
    public static String money(BigDecimal amount, String currency) {
        return amount == null ? "–" : prefix(currency) + grouped("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Whole units: "£8,800". */
    public static String wholeMoney(BigDecimal amount, String currency) {
        return amount == null ? "–" : prefix(currency) + grouped("#,##0").format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** The seeds' style: "£82.0bn", "£450.3m", else whole pounds. */
    public static String shortMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        BigDecimal abs = amount.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return prefix(currency) + amount.divide(BILLION, 1, RoundingMode.HALF_UP).toPlainString() + "bn";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return prefix(currency) + amount.divide(MILLION, 1, RoundingMode.HALF_UP).toPlainString() + "m";
        }
        return wholeMoney(amount, currency);
    }

    public static String count(long value) {
        return grouped("#,##0").format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : LONG_DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "–" : date(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A plain value for CSV: no grouping, no currency ("" when absent). */
    public static String raw(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String prefix(String currency) {
        return "GBP".equals(currency) ? "£" : currency + " ";
    }

    private static DecimalFormat grouped(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
