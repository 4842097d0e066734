package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole set of a pilot's areas, each as a GSS code, a register code or a name. */
@Schema(name = "PilotAreasRequest")
public record PilotAreasRequest(
        @Schema(description = "GSS codes (E08000001), register codes (BOL) or names (Bolton), resolved as at 2009-10-01",
                example = "[\"Bolton\", \"E08000002\", \"MAN\"]")
        @NotNull @Size(max = MAX_AREAS)
        List<@NotBlank @Size(max = 200) String> areas) {

    static final int MAX_AREAS = 200;
}
