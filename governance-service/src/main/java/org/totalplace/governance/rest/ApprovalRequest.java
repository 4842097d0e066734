package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approving group's decision. */
@Schema(name = "ApprovalRequest")
public record ApprovalRequest(
        @Schema(description = "The group's decision, as text for now", example = "Officials' group, 14 October 2009, item 3")
        @NotBlank @Size(max = 500)
        String decisionReference,

        @Schema(example = "2009-10-14")
        @NotNull
        LocalDate approvedOn) {
}
