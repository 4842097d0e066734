package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.service.RecordedDecision;

/** A recorded decision with where it was taken; {@code reference} is how papers cite it. */
@Schema(name = "Decision")
public record DecisionResponse(UUID id, UUID meetingId, LocalDate meetingDate, UUID groupId, UUID agendaItemId,
                               @Schema(description = "The item's number on the agenda", example = "7") int itemPosition,
                               String itemTitle,
                               @Schema(nullable = true, description = "The barrier, when the item was a BARRIER item")
                               UUID barrierId,
                               String text,
                               @Schema(example = "High-level officials' group, 14 October 2009, item 7") String reference,
                               Instant recordedAt) {

    static DecisionResponse of(RecordedDecision recorded) {
        return new DecisionResponse(recorded.decision().id(), recorded.meeting().id(), recorded.meeting().date(),
                recorded.group().id(), recorded.item().id(), recorded.item().position(), recorded.item().title(),
                recorded.decision().barrierId(), recorded.decision().text(), recorded.reference(),
                recorded.decision().recordedAt());
    }
}
