package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.SubmissionState;
import org.totalplace.pilots.domain.SubmissionStateChange;
import org.totalplace.pilots.domain.SubmissionTransitions;
import org.totalplace.pilots.service.SubmissionView;

/**
 * A submission as the API shows it; {@code version} is also its ETag.
 *
 * @param dueDate         the reporting point's due date
 * @param missingSections required sections still blank; it can be submitted when there are none
 * @param overdue         not yet SUBMITTED or ACCEPTED, and today (by the service's clock) is after the due date
 * @param history         every state it entered, oldest first
 */
@Schema(name = "Submission")
public record SubmissionResponse(UUID id, UUID pilotId, String reportingPoint, LocalDate dueDate, SubmissionState state,
                                 Map<String, String> sections, List<String> missingSections, boolean overdue,
                                 List<StateChange> history, long version, Instant createdAt, Instant updatedAt) {

    static SubmissionResponse of(SubmissionView view, LocalDate today) {
        var submission = view.submission();
        var point = view.reportingPoint();
        return new SubmissionResponse(submission.id(), submission.pilotId(), point.code(), point.dueDate(),
                submission.state(), view.sections(),
                SubmissionTransitions.missingSections(point.requiredSections(), view.sections()),
                view.overdueOn(today), view.history().stream().map(StateChange::of).toList(), submission.version(),
                submission.createdAt(), submission.updatedAt());
    }

    /** One step of a submission's life; {@code from} is null for its start, {@code by} is the request's From header. */
    @Schema(name = "SubmissionStateChange")
    public record StateChange(SubmissionState from, SubmissionState to, String reason, String by, Instant at) {

        static StateChange of(SubmissionStateChange change) {
            return new StateChange(change.from(), change.to(), change.reason(), change.by(), change.at());
        }
    }
}
