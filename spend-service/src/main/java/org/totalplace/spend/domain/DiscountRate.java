package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real annual discount rate from 0 to 1 with at most six decimal places, such as HM Treasury's Green Book rate of
 * 3.5 % ({@code 0.035}). A flow {@code t} whole years after the first year is worth {@code 1/(1+r)^t} of itself
 * today; the first year ({@code t = 0}) is not discounted. Factors are computed in {@link MathContext#DECIMAL128}
 * (34 significant digits) and never rounded further before use.
 */
public record DiscountRate(BigDecimal value) {

    /** The Green Book's real social time preference rate for years 0 to 30. */
    public static final DiscountRate GREEN_BOOK = new DiscountRate(new BigDecimal("0.035"));
    public static final int MAX_SCALE = 6;
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final Pattern TEXT = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,12})?");

    public DiscountRate {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("must be from 0 to 1, e.g. \"0.035\" for 3.5 %");
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidValueException("must have at most " + MAX_SCALE + " decimal places");
        }
        BigDecimal plain = value.stripTrailingZeros();
        value = plain.scale() < 1 ? plain.setScale(1) : plain; // one spelling per rate: 0.035, 0.1, 1.0
    }

    /** Reads a plain decimal string such as "0.035"; no exponent, no sign, no percent. */
    public static DiscountRate parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new InvalidValueException("must be a decimal string from 0 to 1, e.g. \"0.035\" for 3.5 %");
        }
        return new DiscountRate(new BigDecimal(text));
    }

    /** {@code 1/(1+r)^t}: what one pound {@code t} years after the first year is worth in the first year. */
    public BigDecimal factor(int yearsAfterFirst) {
        if (yearsAfterFirst < 0) {
            throw new IllegalArgumentException("years after the first year must not be negative");
        }
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(value).pow(yearsAfterFirst, PRECISION), PRECISION);
    }

    /** "0.035". */
    public String text() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return text();
    }
}
