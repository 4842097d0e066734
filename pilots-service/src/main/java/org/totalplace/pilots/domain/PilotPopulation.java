package org.totalplace.pilots.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pilot's population per year: the sum of the population columns that lie wholly within its areas.
 * A column that also covers areas outside the pilot is never apportioned: the pilot's areas in it are
 * listed as uncovered and the year is incomplete. So are areas no column covers.
 */
public final class PilotPopulation {

    /**
     * @param sources        the population columns summed
     * @param complete       every area of the pilot is counted (and it has areas)
     * @param uncoveredAreas the pilot's areas whose population is not in {@code population}
     */
    public record Year(int year, long population, boolean complete, List<Area> uncoveredAreas, List<String> sources) {

        public Year {
            uncoveredAreas = List.copyOf(uncoveredAreas);
            sources = List.copyOf(sources);
        }
    }

    private PilotPopulation() {
    }

    public static List<Year> of(List<Area> areas, PopulationTable table, PopulationCoverage coverage) {
        Set<String> codes = areas.stream().map(Area::registerCode).collect(Collectors.toSet());
        List<String> sources = table.columns().stream()
                .filter(column -> !coverage.codesOf(column).isEmpty() && codes.containsAll(coverage.codesOf(column)))
                .toList();
        List<Area> uncovered = areas.stream()
                .filter(area -> coverage.columnOf(area.registerCode()).filter(sources::contains).isEmpty())
                .sorted(Area.ORDER)
                .toList();
        boolean complete = !areas.isEmpty() && uncovered.isEmpty();
        return table.years().stream()
                .map(year -> new Year(year, sources.stream().mapToLong(column -> table.value(year, column)).sum(),
                        complete, uncovered, sources))
                .toList();
    }
}
