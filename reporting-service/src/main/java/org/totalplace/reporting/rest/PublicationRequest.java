package org.totalplace.reporting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.open.PublicationSubject;
import org.totalplace.reporting.service.Publications;

/** A decision to publish something as open data. */
@Schema(name = "PublicationRequest")
public record PublicationRequest(
        @Schema(description = "What is published") Subject subject,
        @Schema(description = "The governance decision that publishes it (one reporting has received)",
                example = "0d7a3c52-6b1e-4f7a-9c0e-2a4b6c8d0e1f") UUID decisionId,
        @Schema(description = "The date of publication", example = "2010-03-01") LocalDate publishedOn) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PublicationSubject", description = "{kind: PILOT_COUNT, pilot, financialYear} or "
            + "{kind: REPORT, report}")
    public record Subject(@Schema(description = "PILOT_COUNT or REPORT", example = "PILOT_COUNT") String kind,
                          @Schema(description = "PILOT_COUNT: the pilot's code", example = "lewisham") String pilot,
                          @Schema(description = "PILOT_COUNT: the financial year", example = "2009-10")
                          String financialYear,
                          @Schema(description = "REPORT: budget, pbr-summary, fortnightly-update, board-paper or "
                                  + "pilot-comparison", example = "pbr-summary") String report) {
    }

    Publications.Draft draft() {
        return new Publications.Draft(subject == null ? null : new PublicationSubject(subject.kind(),
                subject.pilot(), subject.financialYear(), subject.report()), decisionId, publishedOn);
    }
}
