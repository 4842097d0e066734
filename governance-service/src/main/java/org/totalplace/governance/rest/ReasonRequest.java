package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why: closing a risk, rejecting a key product. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @Schema(example = "The departments released the data on 12 October")
        @NotBlank @Size(max = 2000)
        String reason) {
}
