package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One contact of a journey: on day {@code dayOffset} (days after the journey's first contact), a partner body of the
 * pilot does {@code quantity} units of an activity ("A&E attendance", "bed day") at a unit cost, to repair or to
 * prevent.
 */
public record JourneyContact(int dayOffset, UUID bodyId, String body, String activity, ContactPurpose purpose,
                             int quantity, UnitCost unitCost) {

    public JourneyContact {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(unitCost, "unitCost");
    }

    /** unit cost × quantity: exact, to the penny. */
    public BigDecimal cost() {
        return unitCost.amount().multiply(BigDecimal.valueOf(quantity));
    }
}
