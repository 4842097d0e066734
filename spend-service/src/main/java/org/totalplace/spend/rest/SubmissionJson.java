package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.Submission;

/** Request and response bodies of submissions. */
final class SubmissionJson {

    private SubmissionJson() {
    }

    @Schema(name = "OpenSubmission")
    record OpenRequest(
            @Schema(required = true, description = "The pilot whose count this is (not checked: spend-service does not "
                    + "know pilots yet)", example = "5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11")
            @NotNull UUID pilotId,
            @Schema(required = true, example = "Gateshead Council")
            @NotBlank @Size(max = Submission.MAX_BODY_LENGTH) String body,
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2010-11")
            @NotNull @FinancialYearText String financialYear) {
    }

    @Schema(name = "MoveSubmission")
    record MoveRequest(
            @Schema(required = true, enumeration = {"DRAFT", "SUBMITTED", "MODERATED", "ACCEPTED"}, example = "SUBMITTED")
            @NotNull @Pattern(regexp = "DRAFT|SUBMITTED|MODERATED|ACCEPTED",
                    message = "must be one of: DRAFT, SUBMITTED, MODERATED, ACCEPTED") String state) {
    }

    @Schema(name = "Submission")
    record Response(
            UUID id,
            UUID pilotId,
            String body,
            @Schema(examples = "2010-11") String financialYear,
            @Schema(enumeration = {"DRAFT", "SUBMITTED", "MODERATED", "ACCEPTED"}) String state,
            @Schema(description = "The sum of its imports not withdrawn") MoneyJson acceptedTotal,
            @Schema(description = "Also the ETag") long version,
            Instant createdAt,
            Instant updatedAt) {

        static Response of(Submission submission, BigDecimal acceptedTotal) {
            return new Response(submission.id(), submission.pilotId(), submission.body(),
                    submission.financialYear().toString(), submission.state().name(),
                    new MoneyJson(acceptedTotal.toPlainString(), "GBP"), submission.version(), submission.createdAt(),
                    submission.updatedAt());
        }
    }
}
