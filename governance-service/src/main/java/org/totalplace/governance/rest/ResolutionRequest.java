package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision removing a barrier and the Whitehall change it needs ({@code POST /barriers/{id}/resolve}). */
@Schema(name = "ResolutionRequest")
public record ResolutionRequest(
        @Schema(example = "Officials agree the pilot may pool the treatment grants for 2010-11")
        @NotBlank @Size(max = 4000)
        String decision,

        @Schema(example = "Home Office and DH to issue joint grant conditions allowing pooling")
        @NotBlank @Size(max = 4000)
        String whitehallChange) {
}
