package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paper an agenda item is to be taken with ({@code PUT /meetings/{id}/agenda/{itemId}/paper}). */
@Schema(name = "AttachPaperRequest")
public record AttachPaperRequest(
        @Schema(description = "A paper of the meeting's own group", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        @NotNull
        UUID paperId) {
}
