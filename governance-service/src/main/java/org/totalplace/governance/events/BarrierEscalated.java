package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.EscalationTier;

/**
 * Data of {@code totalplace.governance.barrier-escalated.v1}: a barrier went up one tier, by hand or
 * ({@code automatic}) by the overdue rule; keyed by pilot id.
 * Schema: {@code /schemas/totalplace.governance.barrier-escalated.v1.json}.
 */
public record BarrierEscalated(UUID barrierId, UUID pilotId, String fromTier, String toTier, String reason,
                               boolean automatic) {

    public static final String TYPE = "totalplace.governance.barrier-escalated.v1";

    public static BarrierEscalated of(Barrier barrier, EscalationTier from, String reason, boolean automatic) {
        return new BarrierEscalated(barrier.id(), barrier.pilotId(), from.name(), barrier.tier().name(), reason,
                automatic);
    }
}
