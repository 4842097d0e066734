package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A pilot's submission to a reporting point (pilots-service: the Pre-Budget Report or the Budget), its state
 * (DRAFT, SUBMITTED, ACCEPTED, RETURNED) and its sections' latest content by section name.
 */
public record ReportingSubmissionState(UUID submissionId, UUID pilotId, String reportingPoint, String state,
                                       String reason, Map<String, String> sections, Instant at) {

    public ReportingSubmissionState {
        sections = Map.copyOf(sections);
    }
}
