package org.totalplace.governance.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completing an action, optionally saying how ({@code POST /actions/{id}/complete}). */
@Schema(name = "CompletionRequest")
public record CompletionRequest(
        @Schema(description = "How it was done, if worth saying", example = "Letter sent on 20 November")
        @Size(max = 2000) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String note) {
}
