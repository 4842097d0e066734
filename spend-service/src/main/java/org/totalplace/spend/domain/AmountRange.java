package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Low, central and high estimates of one amount of money in pounds (scale 2, GBP, real terms). Whether they are
 * in order and not negative is a rule ({@link ProposalRules}) that names the field; this only needs all three.
 */
public record AmountRange(BigDecimal low, BigDecimal central, BigDecimal high) {

    public static final AmountRange NONE = of(BigDecimal.ZERO);

    public AmountRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(high, "high");
    }

    /** The same amount at all three ends: a figure known for certain. */
    public static AmountRange of(BigDecimal amount) {
        return new AmountRange(amount, amount, amount);
    }

    public boolean isOrdered() {
        return low.compareTo(central) <= 0 && central.compareTo(high) <= 0;
    }

    /** The first end ("low", "central", "high") below zero, or null when none is. */
    public String negativeEnd() {
        if (low.signum() < 0) {
            return "low";
        }
        if (central.signum() < 0) {
            return "central";
        }
        return high.signum() < 0 ? "high" : null;
    }
}
