package org.totalplace.governance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.Meeting;

/**
 * Data of {@code totalplace.governance.decision-recorded.v1}: a held meeting took a decision on an item of its
 * agenda; {@code barrierId} is set when the item was a BARRIER item. Key: the group id.
 * Schema: {@code /schemas/totalplace.governance.decision-recorded.v1.json}.
 */
public record DecisionRecorded(UUID decisionId, UUID groupId, UUID meetingId, LocalDate meetingDate,
                               UUID agendaItemId, int itemPosition, UUID barrierId, String text, Instant recordedAt) {

    public static final String TYPE = "totalplace.governance.decision-recorded.v1";

    public static DecisionRecorded of(Decision decision, Meeting meeting, AgendaItem item) {
        return new DecisionRecorded(decision.id(), decision.groupId(), meeting.id(), meeting.date(), item.id(),
                item.position(), decision.barrierId(), decision.text(), decision.recordedAt());
    }
}
