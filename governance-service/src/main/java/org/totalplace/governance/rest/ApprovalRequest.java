package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approving group's recorded decision ({@code POST /key-products/{id}/approve}). */
@Schema(name = "ApprovalRequest")
public record ApprovalRequest(
        @Schema(description = "A decision recorded at a meeting of the group the product was submitted to (422 "
                + "otherwise); the product's decisionReference and approvedOn are taken from it",
                example = "8e4c2a1b-3d5f-4a6b-9c7d-0e1f2a3b4c5d")
        @NotNull
        UUID decisionId) {
}
