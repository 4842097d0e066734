package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.InterestDetails;
import org.totalplace.pilots.domain.Region;

/** An expression of interest in a place-based budget, as it arrives ({@code POST}). */
@Schema(name = "ExpressionOfInterestRequest")
public record ExpressionOfInterestRequest(
        @Schema(description = "The place the expression of interest comes from; any place, pilot or not",
                example = "Birmingham")
        @NotBlank @Size(max = 200)
        String place,

        @Schema(description = "The body that sent it on behalf of the place's partners",
                example = "Birmingham City Council")
        @NotBlank @Size(max = 200)
        String leadBody,

        @Schema(ref = "Region")
        @NotNull
        Region region,

        @Schema(description = "What the place proposes to pool or align, and why",
                example = "Pooled budget for families with complex needs across council, PCT, police and JCP")
        @NotBlank @Size(max = 4000)
        String summary,

        @Schema(description = "When it arrived; not in the future", example = "2010-07-20")
        @NotNull
        LocalDate receivedOn,

        @Schema(description = "The pilot the place is, by id or code, when it is one; it must exist and lie in region",
                example = "lewisham")
        @Size(min = 1, max = 60)
        String pilotId) {

    InterestDetails details() {
        return new InterestDetails(place, leadBody, summary);
    }

    Optional<String> pilot() {
        return Optional.ofNullable(pilotId);
    }
}
