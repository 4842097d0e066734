package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.Barrier;

/**
 * Data of {@code totalplace.governance.barrier-raised.v1}: a pilot raised a barrier; keyed by pilot id.
 * Schema: {@code /schemas/totalplace.governance.barrier-raised.v1.json}.
 */
public record BarrierRaised(UUID barrierId, UUID pilotId, String title, String category, String owningDepartment,
                            String tier) {

    public static final String TYPE = "totalplace.governance.barrier-raised.v1";

    public static BarrierRaised of(Barrier barrier) {
        return new BarrierRaised(barrier.id(), barrier.pilotId(), barrier.title(), barrier.category().name(),
                barrier.owningDepartment(), barrier.tier().name());
    }
}
