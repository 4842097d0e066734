package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a unit cost was derived from the count: the body's counted spend in a function for the journey's year, under
 * a published rule version, divided by a stated activity volume (how many of the activity that spend paid for),
 * rounded half-even to the penny.
 */
public record CountDerivation(String function, int ruleVersion, BigDecimal countedSpend, long activityVolume,
                              String volumeSource) {

    public static final String METHOD = "unit cost = the body's counted spend in the function for the year (newest "
            + "published rule version unless one is named) ÷ the stated activity volume, rounded half-even to the "
            + "penny";

    public CountDerivation {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(countedSpend, "countedSpend");
        Objects.requireNonNull(volumeSource, "volumeSource");
        if (activityVolume <= 0) {
            throw new InvalidValueException("an activity volume must be more than 0");
        }
    }

    public BigDecimal unitCost() {
        return countedSpend.divide(BigDecimal.valueOf(activityVolume), Money.SCALE, RoundingMode.HALF_EVEN);
    }
}
