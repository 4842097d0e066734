package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A barrier from the governance register: raised at {@code raisedTier}, escalated step by step (the last step's
 * tier is the current {@code tier}), and closed as RESOLVED (with the Whitehall change agreed) or DECLINED.
 * {@code status} is OPEN, RESOLVED or DECLINED.
 */
public record BarrierState(UUID barrierId, UUID pilotId, String title, String category, String owningDepartment,
                           String raisedTier, String tier, String status, List<Escalation> escalations,
                           String decision, String whitehallChange, UUID decisionId, Instant raisedAt,
                           Instant closedAt) {

    public BarrierState {
        escalations = List.copyOf(escalations);
    }

    public record Escalation(String fromTier, String toTier, String reason, boolean automatic, Instant at) {
    }
}
