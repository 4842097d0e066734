package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.InterestDetails;

/** What may be corrected of an expression of interest until it is decided ({@code PUT}). */
@Schema(name = "ExpressionOfInterestEdit")
public record ExpressionOfInterestEdit(
        @Schema(example = "Birmingham")
        @NotBlank @Size(max = 200)
        String place,

        @Schema(example = "Birmingham City Council")
        @NotBlank @Size(max = 200)
        String leadBody,

        @Schema(example = "Pooled budget for families with complex needs")
        @NotBlank @Size(max = 4000)
        String summary) {

    InterestDetails details() {
        return new InterestDetails(place, leadBody, summary);
    }
}
