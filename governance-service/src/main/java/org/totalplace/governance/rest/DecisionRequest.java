package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision a held meeting took on one item of its agenda ({@code POST /meetings/{id}/decisions}). */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(description = "An item on this meeting's agenda (422 otherwise)", example = "5d2b7c1e-0a3f-4b6d-9e8c-1f2a3b4c5d6e")
        @NotNull
        UUID agendaItemId,

        @Schema(example = "Officials agree that Bradford may pool the drug treatment grants for 2010-11")
        @NotBlank @Size(max = 4000)
        String text) {
}
