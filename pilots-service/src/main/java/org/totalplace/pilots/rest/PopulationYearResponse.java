package org.totalplace.pilots.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotPopulation;

/** A pilot's population in one year, and how much of the pilot it counts. */
@Schema(name = "PopulationYear")
public record PopulationYearResponse(
        @Schema(example = "2009") int year,
        @Schema(description = "Sum of the population columns lying wholly within the pilot's areas")
        long population,
        @Schema(description = "Every area of the pilot is counted") boolean complete,
        @Schema(description = "Areas whose population column also covers areas outside the pilot (never apportioned), "
                + "or that no column covers")
        List<AreaResponse> uncoveredAreas,
        @Schema(description = "The columns of the population file summed", example = "[\"Bolton\", \"Tameside and Glossop\"]")
        List<String> sources) {

    static PopulationYearResponse of(PilotPopulation.Year year) {
        return new PopulationYearResponse(year.year(), year.population(), year.complete(),
                year.uncoveredAreas().stream().map(AreaResponse::of).toList(), year.sources());
    }
}
