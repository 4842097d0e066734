package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.InterdependencyNature;

/** An interdependency with another programme as a client records or replaces it. */
@Schema(name = "InterdependencyRequest")
public record InterdependencyRequest(
        @Schema(example = "Operational Efficiency Programme")
        @NotBlank @Size(max = 200)
        String programme,

        @Schema(example = "The OEP's asset review uses the pilots' counts of public spend in a place")
        @NotBlank @Size(max = 4000)
        String description,

        @Schema(example = "HM Treasury")
        @NotBlank @Size(max = 200)
        String owner,

        @Schema(description = "DEPENDS_ON: Total Place depends on it; DEPENDED_ON_BY: it depends on Total Place",
                example = "MUTUAL")
        @NotNull
        InterdependencyNature nature) {
}
