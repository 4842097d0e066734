package org.totalplace.reporting.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * What makes two amounts "like with like": the same financial year, the same price basis (including its base
 * year) and the same currency. Only amounts with equal keys are ever added together.
 */
public record SpendKey(FinancialYear financialYear, PriceBasis priceBasis, String currency) implements Comparable<SpendKey> {

    private static final Comparator<SpendKey> ORDER = Comparator.comparing(SpendKey::financialYear)
            .thenComparing(SpendKey::priceBasis)
            .thenComparing(SpendKey::currency);

    public SpendKey {
        Objects.requireNonNull(financialYear, "financialYear");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(currency, "currency");
    }

    /** The key an amount is counted under in a given year and basis. */
    public static SpendKey of(FinancialYear financialYear, PriceBasis priceBasis, Money amount) {
        return new SpendKey(financialYear, priceBasis, amount.currency());
    }

    /** Whether an amount may be added to a total kept under this key. */
    public boolean accepts(SpendKey other) {
        return equals(other);
    }

    @Override
    public int compareTo(SpendKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return financialYear + " " + priceBasis + " " + currency;
    }
}
