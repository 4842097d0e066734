package org.totalplace.pilots.events;

import java.time.Instant;
import java.util.UUID;
import org.totalplace.pilots.domain.ReportingPoint;
import org.totalplace.pilots.domain.Submission;
import org.totalplace.pilots.domain.SubmissionStateChange;

/**
 * The data of submission-state-changed: a submission entered a state ({@code from} is null when it was
 * started as a DRAFT), who moved it and, for a return, why.
 */
public record SubmissionStateChangedEvent(UUID pilotId, UUID submissionId, String reportingPoint, String from,
                                          String to, String reason, String by, Instant at, long version) {

    public static final String TYPE = "totalplace.pilots.submission-state-changed.v1";

    public static SubmissionStateChangedEvent of(Submission submission, ReportingPoint point, SubmissionStateChange change) {
        return new SubmissionStateChangedEvent(submission.pilotId(), submission.id(), point.code(),
                change.from() == null ? null : change.from().name(), change.to().name(), change.reason(), change.by(),
                change.at(), submission.version());
    }
}
