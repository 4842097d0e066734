package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The governance group that must approve a key product. */
@Schema(name = "SubmitForApprovalRequest")
public record SubmitForApprovalRequest(
        @Schema(description = "The group's id or code; it must exist (422 otherwise)", example = "officials-group")
        @NotBlank @Size(max = 60)
        String groupId) {
}
