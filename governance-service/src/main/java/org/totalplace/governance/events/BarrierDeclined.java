package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.Barrier;

/**
 * Data of {@code totalplace.governance.barrier-declined.v1}: the tier holding a barrier decided not to remove it,
 * citing a recorded meeting decision or not (null); keyed by pilot id.
 * Schema: {@code /schemas/totalplace.governance.barrier-declined.v1.json}.
 */
public record BarrierDeclined(UUID barrierId, UUID pilotId, String tier, String decision, UUID decisionId) {

    public static final String TYPE = "totalplace.governance.barrier-declined.v1";

    public static BarrierDeclined of(Barrier barrier) {
        return new BarrierDeclined(barrier.id(), barrier.pilotId(), barrier.tier().name(), barrier.decision(),
                barrier.decisionId());
    }
}
