package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Tukey's fences: with Q1 and Q3 from {@link Quartiles} and IQR = Q3 − Q1, a value below Q1 − k·IQR is a low
 * outlier and one above Q3 + k·IQR a high outlier (k = 1.5 by default). A value on a fence is not an outlier.
 * Fewer than {@code minValues} values give no fences: quartiles of two or three pilots say nothing.
 */
public final class OutlierRule {

    public static final BigDecimal DEFAULT_MULTIPLIER = new BigDecimal("1.5");
    public static final int DEFAULT_MIN_VALUES = 4;

    public enum Direction { HIGH, LOW }

    public record Fences(Quartiles quartiles, BigDecimal iqr, BigDecimal lower, BigDecimal upper) {

        /** HIGH above the upper fence, LOW below the lower one, null between them (fences included). */
        public Direction classify(BigDecimal value) {
            if (value.compareTo(upper) > 0) {
                return Direction.HIGH;
            }
            if (value.compareTo(lower) < 0) {
                return Direction.LOW;
            }
            return null;
        }
    }

    private OutlierRule() {
    }

    /** The fences of these values, or null when there are fewer than {@code minValues}. */
    public static Fences fences(List<BigDecimal> values, BigDecimal multiplier, int minValues) {
        if (multiplier.signum() < 0) {
            throw new InvalidValueException("must not be negative");
        }
        if (values.size() < Math.max(1, minValues)) {
            return null;
        }
        Quartiles quartiles = Quartiles.of(values);
        BigDecimal iqr = quartiles.iqr();
        BigDecimal reach = multiplier.multiply(iqr);
        return new Fences(quartiles, iqr, quartiles.q1().subtract(reach), quartiles.q3().add(reach));
    }
}
