package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amendment to circulated minutes ({@code POST /meetings/{id}/minutes/amendments}). */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @Schema(description = "The amendment as agreed", example = "Item 3: the Chief Secretary, not the Minister, "
                + "undertook to write to departments")
        @NotBlank @Size(max = 2000)
        String amendment,

        @Schema(description = "The whole minutes as amended; they replace the circulated text")
        @NotBlank @Size(max = MinutesTextRequest.MAX_TEXT)
        String text) {
}
