package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a submission goes back to its pilot. */
@Schema(name = "ReturnRequest")
public record ReturnRequest(
        @Schema(example = "The financial implications do not say which year's prices they use")
        @NotBlank @Size(max = 2000)
        String reason) {
}
