package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.PilotDetails;
import org.totalplace.pilots.domain.PlaceTags;
import org.totalplace.pilots.domain.Region;

/** A parallel place as a client registers it ({@code POST}) or replaces it ({@code PUT}, where the code must stay). */
@Schema(name = "ParallelPlaceRequest")
public record ParallelPlaceRequest(
        @Schema(description = "Stable key, lowercase words joined by hyphens; no pilot may have it", example = "example-parallel")
        @NotBlank @Size(max = PilotCode.MAX_LENGTH) @Pattern(regexp = PilotCode.PATTERN, message = PilotCode.RULE)
        String code,

        @Schema(example = "Example parallel place")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(ref = "Region")
        @NotNull
        Region region,

        @Schema(description = "The area the place covers", example = "Example")
        @NotBlank @Size(max = 200)
        String place,

        @Schema(example = "Unitary")
        @NotBlank @Size(max = 100)
        String councilType,

        @Schema(example = "Reoffending and work and skills")
        @NotBlank @Size(max = 1000)
        String theme,

        @Schema(description = "Other names the place goes by; compared ignoring case, kept sorted", example = "[]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 200) String> aliases,

        @Schema(description = "What the place works on: free text, kept as lowercase slugs (\"Older people\" → "
                + "older-people), each once, sorted", example = "[\"older-people\", \"under-fives\"]")
        @Size(max = PlaceTags.MAX_TAGS)
        List<@NotBlank @Size(max = 200) String> tags) {

    PilotCode placeCode() {
        return new PilotCode(code);
    }

    PilotDetails details() {
        return new PilotDetails(name, region, place, councilType, theme, aliases);
    }
}
