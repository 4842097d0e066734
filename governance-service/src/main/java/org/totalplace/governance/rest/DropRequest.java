package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the group drops an action ({@code POST /actions/{id}/drop}). */
@Schema(name = "DropRequest")
public record DropRequest(
        @Schema(example = "Overtaken by the Budget announcement")
        @NotBlank @Size(max = 2000)
        String note) {
}
