package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction to approved minutes ({@code POST /meetings/{id}/minutes/corrections}). */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @Schema(description = "What the record should say", example = "Item 2: the Total Place pilots numbered 13, not 12")
        @NotBlank @Size(max = 10_000)
        String text,

        @Schema(example = "Miscounted in the approved minutes")
        @NotBlank @Size(max = 2000)
        String reason) {
}
