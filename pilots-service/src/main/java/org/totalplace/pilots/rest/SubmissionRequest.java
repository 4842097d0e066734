package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts a pilot's submission to a reporting point. */
@Schema(name = "SubmissionRequest")
public record SubmissionRequest(
        @Schema(description = "The reporting point's code (or id)", example = "BUDGET-2010")
        @NotBlank @Size(max = 100)
        String reportingPoint) {
}
