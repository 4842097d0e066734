package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole list of barriers an element links to ({@code PUT /rollout-elements/{id}/barriers}); empty unlinks all. */
@Schema(name = "BarrierLinksRequest")
public record BarrierLinksRequest(
        @Schema(description = "Barrier ids, in order; each once")
        @NotNull @Size(max = 200)
        List<@NotNull UUID> barrierIds) {
}
