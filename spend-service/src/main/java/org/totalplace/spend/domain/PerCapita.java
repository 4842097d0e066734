package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Spend per head: an amount divided by the population it was spent on, rounded half-even to the penny. No
 * population, no figure: the caller says why (the pilot's areas have no population of their own, or none was
 * recorded for the year).
 */
public final class PerCapita {

    private PerCapita() {
    }

    public static BigDecimal of(BigDecimal amount, long population) {
        if (population <= 0) {
            throw new InvalidValueException("a population must be positive");
        }
        return amount.divide(BigDecimal.valueOf(population), Money.SCALE, RoundingMode.HALF_EVEN);
    }
}
