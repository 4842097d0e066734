package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as ledgers publish it: "384", "1156.5", "9300.00", "1,234,567.89", "-12.50", "(12.50)", "£1,000".
 * Thousands separators must group by three; at most two decimal places (more are refused, never rounded); a
 * negative is a leading minus or parentheses. The result fits {@code numeric(19,2)}.
 */
public final class LedgerAmount {

    private static final Pattern NUMBER = Pattern.compile(
            "(-)?£?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?");
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\((.*)\\)");
    private static final Currency GBP = Money.parseCurrency("GBP");
    private static final int FAST_DIGITS = 16;
    static final long NOT_PLAIN = Long.MIN_VALUE;

    private LedgerAmount() {
    }

    /** The amount at scale 2, or an {@link InvalidValueException} saying what is wrong with the text. */
    public static BigDecimal parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("is blank");
        }
        long cents = plainCents(text);
        if (cents != NOT_PLAIN) {
            return BigDecimal.valueOf(cents, Money.SCALE);
        }
        boolean negative = false;
        Matcher parentheses = IN_PARENTHESES.matcher(text);
        if (parentheses.matches()) {
            negative = true;
            text = parentheses.group(1).strip();
            if (text.startsWith("-")) {
                throw new InvalidValueException("is negative twice (a minus inside parentheses)");
            }
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            throw new InvalidValueException("is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)");
        }
        negative |= number.group(1) != null;
        String fraction = number.group(3);
        if (fraction != null && fraction.length() > Money.SCALE) {
            throw new InvalidValueException("has more than " + Money.SCALE + " decimal places");
        }
        String digits = number.group(2).replace(",", "");
        BigDecimal amount = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        return checked(negative ? amount.negate() : amount);
    }

    /**
     * A plain amount of at most {@value #FAST_DIGITS} digits before the point (all but a few lines of any ledger), read
     * straight into its unscaled value in pence, without the patterns and intermediate objects of the general path;
     * anything else is {@link #NOT_PLAIN} and goes that way. At most 16 digits are always below numeric(19,2)'s limit.
     */
    static long plainCents(String text) {
        boolean negative = text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long value = 0;
        int digits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || digits > FAST_DIGITS) {
            return NOT_PLAIN;
        }
        int decimals = 0;
        if (i < text.length()) {
            if (text.charAt(i++) != '.') {
                return NOT_PLAIN;
            }
            while (i < text.length() && isDigit(text.charAt(i)) && decimals < Money.SCALE) {
                value = value * 10 + (text.charAt(i++) - '0');
                decimals++;
            }
            if (decimals == 0 || i < text.length()) {
                return NOT_PLAIN;
            }
        }
        for (; decimals < Money.SCALE; decimals++) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigDecimal checked(BigDecimal amount) {
        try {
            return Money.of(amount, GBP).amount();
        } catch (InvalidValueException tooLarge) {
            throw new InvalidValueException("is too large: at most " + Money.MAX_INTEGER_DIGITS
                    + " digits before the decimal point");
        }
    }
}
