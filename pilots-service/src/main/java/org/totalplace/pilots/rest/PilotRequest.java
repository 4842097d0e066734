package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.PilotDetails;
import org.totalplace.pilots.domain.Region;

/** A pilot as a client registers it ({@code POST}) or replaces it ({@code PUT}, where the code must stay). */
@Schema(name = "PilotRequest")
public record PilotRequest(
        @Schema(description = "Stable key, lowercase words joined by hyphens", example = "lewisham")
        @NotBlank @Size(max = PilotCode.MAX_LENGTH) @Pattern(regexp = PilotCode.PATTERN, message = PilotCode.RULE)
        String code,

        @Schema(example = "Lewisham")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(ref = "Region")
        @NotNull
        Region region,

        @Schema(description = "The area the pilot covers", example = "Lewisham")
        @NotBlank @Size(max = 200)
        String place,

        @Schema(example = "Inner London Borough")
        @NotBlank @Size(max = 100)
        String councilType,

        @Schema(example = "Minimising reoffending and improving work and skills opportunities for young people")
        @NotBlank @Size(max = 1000)
        String theme,

        @Schema(description = "Other names the pilot goes by; compared ignoring case, kept sorted",
                example = "[\"London Borough of Lewisham\"]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 200) String> aliases,

        @Schema(description = "Optional: the local authority areas the pilot covers, each a GSS code, register code or "
                + "name, resolved as at 2009-10-01; when given they replace the pilot's areas, when absent they stay",
                example = "[\"Luton\", \"E06000056\"]")
        @Size(max = PilotAreasRequest.MAX_AREAS)
        List<@NotBlank @Size(max = 200) String> areas) {

    PilotCode pilotCode() {
        return new PilotCode(code);
    }

    PilotDetails details() {
        return new PilotDetails(name, region, place, councilType, theme, aliases);
    }
}
