package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The draft text of a meeting's minutes ({@code PUT /meetings/{id}/minutes}). */
@Schema(name = "MinutesTextRequest")
public record MinutesTextRequest(
        @Schema(example = "1. Apologies were received from the Secretary of State for Health.")
        @NotBlank @Size(max = MAX_TEXT)
        String text) {

    /** Long enough for a meeting's minutes, well inside the request size limit. */
    static final int MAX_TEXT = 100_000;
}
