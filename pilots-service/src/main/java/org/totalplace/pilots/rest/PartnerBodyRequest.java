package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.LocalAuthorityTier;
import org.totalplace.pilots.domain.PartnerBodyDetails;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.domain.Region;

/** A partner body as a client registers it ({@code POST}) or replaces it ({@code PUT}). */
@Schema(name = "PartnerBodyRequest")
public record PartnerBodyRequest(
        @Schema(example = "Gateshead Council")
        @NotBlank @Size(max = 200)
        String name,

        @NotNull
        PartnerBodyType type,

        @Schema(description = "Required for a LOCAL_AUTHORITY, and given for nothing else", nullable = true,
                example = "METROPOLITAN_DISTRICT")
        LocalAuthorityTier tier,

        @Schema(description = "Optional, unique: a local authority's ONS GSS code (E08000037), a primary care "
                + "trust's NHS ODS code (5LG), or another published code; kept in upper case", nullable = true,
                example = "E08000037")
        @Size(max = CODE_MAX_LENGTH) @Pattern(regexp = CODE_PATTERN, message = CODE_RULE)
        String code,

        @Schema(ref = "Region", nullable = true)
        Region region,

        @Schema(description = "Optional: the day the body came into being; a succession must take effect after it",
                nullable = true, example = "1994-04-01")
        LocalDate establishedOn) {

    static final int CODE_MAX_LENGTH = 20;
    static final String CODE_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
    static final String CODE_RULE = "must be letters and digits, in groups joined by single hyphens";

    PartnerBodyDetails details() {
        return new PartnerBodyDetails(name, type, tier, code, region, establishedOn);
    }
}
