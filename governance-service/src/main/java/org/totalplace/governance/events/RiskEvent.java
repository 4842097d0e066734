package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.RaidItem;

/**
 * Data of {@code totalplace.governance.risk-recorded.v1}, {@code risk-updated.v1} and {@code risk-closed.v1}: the
 * whole entry after the change. {@code probability} is null for an issue; {@code pilotId}, {@code closedReason}
 * may be null. Key: the risk id. Schemas: {@code /schemas/totalplace.governance.risk-*.v1.json}.
 */
public record RiskEvent(
        UUID riskId,
        String kind,
        String title,
        Integer probability,
        int impact,
        int score,
        String rag,
        String owner,
        LocalDate reviewDate,
        UUID pilotId,
        String status,
        String closedReason,
        long version) {

    public static final String RECORDED = "totalplace.governance.risk-recorded.v1";
    public static final String UPDATED = "totalplace.governance.risk-updated.v1";
    public static final String CLOSED = "totalplace.governance.risk-closed.v1";

    public static RiskEvent of(RaidItem item) {
        return new RiskEvent(item.id(), item.kind().name(), item.title(), item.probability(), item.impact(),
                item.score(), item.rag().name(), item.owner(), item.reviewDate(), item.pilotId(),
                item.status().name(), item.closedReason(), item.version());
    }
}
