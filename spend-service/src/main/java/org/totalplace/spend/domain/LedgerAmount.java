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

    private LedgerAmount() {
    }

    /** The amount at scale 2, or an {@link InvalidValueException} saying what is wrong with the text. */
    public static BigDecimal parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("is blank");
        }
        if (isPlain(text)) {
            return checked(new BigDecimal(text));
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
     * Most amounts are plain: an optional minus, digits, and at most two decimal places ("384", "-12.50"). Those
     * read the same as through the patterns below, straight into a BigDecimal.
     */
    private static boolean isPlain(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int decimals = text.length() - i - 1;
        if (decimals < 1 || decimals > Money.SCALE) {
            return false;
        }
        for (int j = i + 1; j < text.length(); j++) {
            if (!isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
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
