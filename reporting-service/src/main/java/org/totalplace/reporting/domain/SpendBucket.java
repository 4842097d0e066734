package org.totalplace.reporting.domain;

import java.util.Objects;
import java.util.UUID;

/** Where one pilot's spend lines of one kind accumulate: a row of the {@code spend_total} read model. */
public record SpendBucket(UUID pilotId, SpendKey key) {

    public SpendBucket {
        Objects.requireNonNull(pilotId, "pilotId");
        Objects.requireNonNull(key, "key");
    }

    /** The bucket a recorded spend line belongs to. */
    public static SpendBucket forLine(UUID pilotId, FinancialYear financialYear, PriceBasis priceBasis, Money amount) {
        return new SpendBucket(pilotId, SpendKey.of(financialYear, priceBasis, amount));
    }
}
