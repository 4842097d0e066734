package org.totalplace.governance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.ActionItem;

/**
 * Data of {@code totalplace.governance.action-recorded.v1} and {@code action-closed.v1}: the whole action after
 * the change. Key: the group id. Schemas: {@code /schemas/totalplace.governance.action-*.v1.json}.
 */
public record ActionEvent(
        UUID actionId,
        UUID groupId,
        UUID meetingId,
        UUID agendaItemId,
        UUID decisionId,
        String description,
        String owner,
        LocalDate dueDate,
        String status,
        String closingNote,
        Instant closedAt,
        long version) {

    public static final String RECORDED = "totalplace.governance.action-recorded.v1";
    public static final String CLOSED = "totalplace.governance.action-closed.v1";

    public static ActionEvent of(ActionItem action) {
        return new ActionEvent(action.id(), action.groupId(), action.meetingId(), action.agendaItemId(),
                action.decisionId(), action.description(), action.owner(), action.dueDate(), action.status().name(),
                action.closingNote(), action.closedAt(), action.version());
    }
}
