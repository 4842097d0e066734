package org.totalplace.spend.events;

import java.math.BigDecimal;
import java.util.UUID;
import org.totalplace.spend.domain.Submission;
import org.totalplace.spend.domain.SubmissionState;

/**
 * {@code totalplace.spend.submission-state-changed.v1}: a submission moved between DRAFT, SUBMITTED, MODERATED and
 * ACCEPTED. Keyed by the pilot id. {@code acceptedTotal} is the sum of its imports that were not withdrawn.
 */
public record SubmissionStateChanged(
        UUID submissionId,
        UUID pilotId,
        String body,
        String financialYear,
        String from,
        String to,
        long version,
        SpendLineRecorded.Amount acceptedTotal) {

    public static final String TYPE = "totalplace.spend.submission-state-changed.v1";

    public static SubmissionStateChanged of(Submission submission, SubmissionState from, BigDecimal acceptedTotal) {
        return new SubmissionStateChanged(submission.id(), submission.pilotId(), submission.body(),
                submission.financialYear().toString(), from.name(), submission.state().name(), submission.version(),
                new SpendLineRecorded.Amount(acceptedTotal.setScale(2).toPlainString(), "GBP"));
    }
}
