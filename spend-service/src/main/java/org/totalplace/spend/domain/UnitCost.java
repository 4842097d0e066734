package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cost of one unit of a contact's activity, GBP to the penny: either stated with the source it is taken from
 * ("PSSRU Unit Costs of Health and Social Care 2010, p. 123"), or derived from the count ({@link CountDerivation}).
 */
public record UnitCost(BigDecimal amount, String source, CountDerivation derivation) {

    public UnitCost {
        Objects.requireNonNull(amount, "amount");
        if ((source == null) == (derivation == null)) {
            throw new InvalidValueException("a unit cost is either stated with a source or derived from the count");
        }
        amount = amount.setScale(Money.SCALE);
    }

    public static UnitCost stated(BigDecimal amount, String source) {
        return new UnitCost(amount, Objects.requireNonNull(source, "source"), null);
    }

    public static UnitCost derived(CountDerivation derivation) {
        return new UnitCost(derivation.unitCost(), null, derivation);
    }

    public boolean isDerived() {
        return derivation != null;
    }
}
