package org.totalplace.pilots.events;

import java.time.Instant;
import java.util.UUID;
import org.totalplace.pilots.domain.ReportingPoint;
import org.totalplace.pilots.domain.Submission;

/** The data of submission-section-changed: the new content of one section of a submission. */
public record SubmissionSectionChangedEvent(UUID pilotId, UUID submissionId, String reportingPoint, String section,
                                            String content, String state, long version, Instant at) {

    public static final String TYPE = "totalplace.pilots.submission-section-changed.v1";

    public static SubmissionSectionChangedEvent of(Submission submission, ReportingPoint point, String section,
                                                   String content, Instant at) {
        return new SubmissionSectionChangedEvent(submission.pilotId(), submission.id(), point.code(), section, content,
                submission.state().name(), submission.version(), at);
    }
}
