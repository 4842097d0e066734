package org.totalplace.reporting.domain.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A body's spend submission to a pilot's count for a year (spend-service: DRAFT, SUBMITTED, MODERATED, ACCEPTED). */
public record BodySubmissionState(UUID submissionId, UUID pilotId, String body, String financialYear, String state,
                                  BigDecimal acceptedTotal, String currency, Instant at) {
}
