package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision removing a barrier and the Whitehall change it needs ({@code POST /barriers/{id}/resolve}). */
@Schema(name = "ResolutionRequest")
public record ResolutionRequest(
        @Schema(example = "Officials agree the pilot may pool the treatment grants for 2010-11")
        @NotBlank @Size(max = 4000)
        String decision,

        @Schema(example = "Home Office and DH to issue joint grant conditions allowing pooling")
        @NotBlank @Size(max = 4000)
        String whitehallChange,

        @Schema(description = "The recorded meeting decision this carries out, if any: a decision taken on this "
                + "barrier's agenda item at a meeting of the group holding its tier (422 on decisionId otherwise)",
                example = "8e4c2a1b-3d5f-4a6b-9c7d-0e1f2a3b4c5d", nullable = true)
        UUID decisionId) {
}
