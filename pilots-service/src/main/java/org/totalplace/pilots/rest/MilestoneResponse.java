package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.Milestone;
import org.totalplace.pilots.domain.MilestoneStatus;

/**
 * A milestone as the API shows it; {@code version} is also its ETag.
 *
 * @param overdue PLANNED and today (by the service's clock) is after the due date
 */
@Schema(name = "Milestone")
public record MilestoneResponse(UUID id, UUID pilotId, String title, int phase, LocalDate dueDate,
                                MilestoneStatus status, LocalDate metOn, boolean overdue, long version,
                                Instant createdAt, Instant updatedAt) {

    static MilestoneResponse of(Milestone milestone, LocalDate today) {
        return new MilestoneResponse(milestone.id(), milestone.pilotId(), milestone.title(), milestone.phase().number(),
                milestone.dueDate(), milestone.status(), milestone.metOn(), milestone.overdueOn(today),
                milestone.version(), milestone.createdAt(), milestone.updatedAt());
    }
}
