package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.ActionStatus;

/** An action as the API shows it; {@code version} is its ETag. */
@Schema(name = "Action")
public record ActionResponse(UUID id,
                             @Schema(description = "The meeting that agreed it") UUID meetingId,
                             UUID groupId,
                             @Schema(nullable = true) UUID agendaItemId,
                             @Schema(nullable = true) UUID decisionId,
                             String description, String owner, LocalDate dueDate, ActionStatus status,
                             @Schema(nullable = true, description = "Said when it was completed or dropped") String closingNote,
                             @Schema(nullable = true) Instant closedAt,
                             long version, Instant createdAt, Instant updatedAt) {

    static ActionResponse of(ActionItem action) {
        return new ActionResponse(action.id(), action.meetingId(), action.groupId(), action.agendaItemId(),
                action.decisionId(), action.description(), action.owner(), action.dueDate(), action.status(),
                action.closingNote(), action.closedAt(), action.version(), action.createdAt(), action.updatedAt());
    }
}
