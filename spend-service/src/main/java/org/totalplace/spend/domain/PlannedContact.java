package org.totalplace.spend.domain;

import java.math.BigDecimal;

/**
 * A contact as the client sent it, before its body is resolved to a partner body and a derived unit cost is read
 * from the count.
 */
public record PlannedContact(int dayOffset, String body, String activity, ContactPurpose purpose, int quantity,
                             PlannedUnitCost unitCost) {

    /** A unit cost as asked for: stated with a source, or to be derived from the count. */
    public sealed interface PlannedUnitCost permits Stated, FromCount {
    }

    public record Stated(BigDecimal amount, String source) implements PlannedUnitCost {
    }

    /** The body's counted spend in {@code function} (level 1 "10" or level 2 "10.2") ÷ {@code activityVolume}. */
    public record FromCount(String function, long activityVolume, String volumeSource, Integer ruleVersion)
            implements PlannedUnitCost {
    }
}
