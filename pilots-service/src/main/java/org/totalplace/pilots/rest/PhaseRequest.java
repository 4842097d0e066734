package org.totalplace.pilots.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.ProgrammePhase;

/** The programme phase a pilot moves to: {@code {"phase": 2}}. */
@Schema(name = "PhaseRequest")
public record PhaseRequest(
        @Schema(description = "1: the count (agree needs, services and the level of spending); "
                + "2: service redesign and tackling barriers", example = "2", minimum = "1", maximum = "2")
        @NotNull @Min(value = 1, message = TimetableParams.PHASE_RULE) @Max(value = 2, message = TimetableParams.PHASE_RULE)
        Integer phase) {

    ProgrammePhase programmePhase() {
        return TimetableParams.phase(phase);
    }
}
