package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a barrier goes up a tier ({@code POST /barriers/{id}/escalate}). */
@Schema(name = "EscalationRequest")
public record EscalationRequest(
        @Schema(example = "The Government Office cannot vary the grant conditions")
        @NotBlank @Size(max = 2000)
        String reason) {
}
