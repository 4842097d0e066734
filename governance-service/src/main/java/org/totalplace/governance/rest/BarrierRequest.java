package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.BarrierCategory;
import org.totalplace.governance.domain.BarrierDetails;

/** A barrier as a pilot raises it ({@code POST /barriers}). */
@Schema(name = "BarrierRequest")
public record BarrierRequest(
        @Schema(description = "The pilot raising it; must be known from pilots-service's events",
                example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        @NotNull
        UUID pilotId,

        @Schema(example = "Ring-fenced drug treatment funding cannot be pooled")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "The pooled treatment budget rules stop the partnership commissioning one service")
        @NotBlank @Size(max = 4000)
        String description,

        @Schema(example = "FUNDING_RULES")
        @NotNull
        BarrierCategory category,

        @Schema(description = "The Whitehall department that owns the rule", example = "Home Office")
        @NotBlank @Size(max = 200)
        String owningDepartment,

        @Schema(example = "Count of 2008-09 spend: 11 separate funding streams for substance misuse")
        @NotBlank @Size(max = 4000)
        String evidence) {

    BarrierDetails details() {
        return new BarrierDetails(pilotId, title, description, category, owningDepartment, evidence);
    }
}
