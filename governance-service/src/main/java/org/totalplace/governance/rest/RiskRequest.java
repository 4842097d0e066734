package org.totalplace.governance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.RaidDetails;
import org.totalplace.governance.domain.RaidKind;

/** A risk or issue as a client records or replaces it ({@code POST /risks}, {@code PUT /risks/{id}}). */
@Schema(name = "RiskRequest")
public record RiskRequest(
        @Schema(description = "RISK (may happen) or ISSUE (has happened)", example = "RISK")
        @NotNull
        RaidKind kind,

        @Schema(example = "Departments do not release data for the count in time")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "The count needs spend data from every department with a local footprint")
        @Size(max = 4000) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String description,

        @Schema(description = "1 (rare) to 5 (almost certain); required for a RISK, absent for an ISSUE",
                example = "4", minimum = "1", maximum = "5")
        @Min(1) @Max(5)
        Integer probability,

        @Schema(description = "1 (minimal) to 5 (severe)", example = "4", minimum = "1", maximum = "5")
        @NotNull @Min(1) @Max(5)
        Integer impact,

        @Schema(example = "Total Place programme office")
        @NotBlank @Size(max = 200)
        String owner,

        @Schema(example = "Escalate through the officials' group to the departments' finance directors")
        @Size(max = 4000) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String mitigation,

        @Schema(description = "When the owner next reviews it", example = "2009-10-15")
        @NotNull
        LocalDate reviewDate,

        @Schema(description = "The pilot it concerns, if one", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        UUID pilotId) {

    RaidDetails details() {
        return new RaidDetails(kind, title, description, probability, impact, owner, mitigation, reviewDate, pilotId);
    }
}
