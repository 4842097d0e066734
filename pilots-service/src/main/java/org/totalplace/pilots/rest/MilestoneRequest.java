package org.totalplace.pilots.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.ProgrammePhase;

/** A milestone as a pilot plans it. */
@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
        @Schema(example = "Count of all public spending in the area agreed by the leaders of every public body")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "The programme phase the milestone belongs to", example = "1", minimum = "1", maximum = "2")
        @NotNull @Min(value = 1, message = TimetableParams.PHASE_RULE) @Max(value = 2, message = TimetableParams.PHASE_RULE)
        Integer phase,

        @Schema(example = "2009-09-01")
        @NotNull
        LocalDate dueDate) {

    ProgrammePhase programmePhase() {
        return TimetableParams.phase(phase);
    }
}
