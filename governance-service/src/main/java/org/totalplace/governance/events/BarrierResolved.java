package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.Barrier;

/**
 * Data of {@code totalplace.governance.barrier-resolved.v1}: a barrier was removed, with the decision and the
 * Whitehall change it needs, and the recorded meeting decision cited (or null); keyed by pilot id.
 * Schema: {@code /schemas/totalplace.governance.barrier-resolved.v1.json}.
 */
public record BarrierResolved(UUID barrierId, UUID pilotId, String tier, String decision, String whitehallChange,
                              UUID decisionId) {

    public static final String TYPE = "totalplace.governance.barrier-resolved.v1";

    public static BarrierResolved of(Barrier barrier) {
        return new BarrierResolved(barrier.id(), barrier.pilotId(), barrier.tier().name(), barrier.decision(),
                barrier.whitehallChange(), barrier.decisionId());
    }
}
