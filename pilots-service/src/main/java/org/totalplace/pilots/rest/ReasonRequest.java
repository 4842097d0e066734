package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an expression of interest is declined or withdrawn; kept in its history. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @Schema(example = "Scope overlaps the Community Budgets pilot for the same area")
        @NotBlank @Size(max = 2000)
        String reason) {
}
