package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where circulated minutes were approved ({@code POST /meetings/{id}/minutes/approve}). */
@Schema(name = "MinutesApprovalRequest")
public record MinutesApprovalRequest(
        @Schema(description = "A later meeting of the same group, not cancelled",
                example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        @NotNull
        UUID approvedAtMeetingId) {
}
