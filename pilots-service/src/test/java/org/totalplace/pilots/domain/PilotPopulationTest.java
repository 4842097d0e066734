package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Summing population columns for a pilot's areas, on a made-up table so that every sum is visible. */
class PilotPopulationTest {

    private static final Area LUTON = area("LUT", "Luton");
    private static final Area BEDFORD = area("BDF", "Bedford");
    private static final Area CENTRAL_BEDS = area("CBF", "Central Bedfordshire");
    private static final Area KENT = area("KEN", "Kent");
    private static final Area CANTERBURY = area("CAT", "Canterbury");
    private static final Area SWALE = area("SWL", "Swale");

    private final PopulationTable table = new PopulationTable(List.of("Luton", "Bedfordshire", "Kent"), Map.of(
            2009, values(100, 400, 1000),
            2010, values(110, 410, 1010)));

    private final PopulationCoverage coverage = new PopulationCoverage(
            Map.of("Luton", Set.of("LUT"), "Bedfordshire", Set.of("BDF", "CBF"), "Kent", Set.of("KEN")),
            Map.of("CAT", "KEN", "SWL", "KEN"));

    @Test
    void shouldSumEveryColumnThatLiesWhollyWithinThePilot() {
        List<PilotPopulation.Year> years = PilotPopulation.of(List.of(LUTON, BEDFORD, CENTRAL_BEDS), table, coverage);

        assertThat(years).extracting(PilotPopulation.Year::year, PilotPopulation.Year::population,
                        PilotPopulation.Year::complete)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2009, 500L, true),
                        org.assertj.core.groups.Tuple.tuple(2010, 520L, true));
        assertThat(years.get(0).sources()).containsExactly("Luton", "Bedfordshire");
        assertThat(years.get(0).uncoveredAreas()).isEmpty();
    }

    @Test
    void shouldNeverApportionAColumnThatAlsoCoversAreasOutsideThePilot() {
        PilotPopulation.Year first = PilotPopulation.of(List.of(LUTON, CENTRAL_BEDS), table, coverage).get(0);

        assertThat(first.population()).isEqualTo(100L);
        assertThat(first.complete()).isFalse();
        assertThat(first.uncoveredAreas()).containsExactly(CENTRAL_BEDS);
        assertThat(first.sources()).containsExactly("Luton");
    }

    @Test
    void shouldCountADistrictWithinItsCountysColumnOnlyWhenTheCountyIsInThePilot() {
        PilotPopulation.Year withCounty = PilotPopulation.of(List.of(KENT, CANTERBURY), table, coverage).get(0);
        PilotPopulation.Year alone = PilotPopulation.of(List.of(SWALE), table, coverage).get(0);

        assertThat(withCounty.population()).isEqualTo(1000L);
        assertThat(withCounty.complete()).isTrue();
        assertThat(alone.population()).isZero();
        assertThat(alone.uncoveredAreas()).containsExactly(SWALE);
    }

    @Test
    void shouldListAnAreaNoColumnCoversAsUncovered() {
        Area cardiff = area("CRF", "Cardiff");

        PilotPopulation.Year first = PilotPopulation.of(List.of(LUTON, cardiff), table, coverage).get(0);

        assertThat(first.uncoveredAreas()).containsExactly(cardiff);
        assertThat(first.complete()).isFalse();
    }

    @Test
    void shouldCallAPilotWithoutAreasIncomplete() {
        assertThat(PilotPopulation.of(List.of(), table, coverage)).allSatisfy(year -> {
            assertThat(year.population()).isZero();
            assertThat(year.complete()).isFalse();
        });
    }

    private static Area area(String code, String name) {
        return new Area("E0" + code, code, name, "Unitary authority", "East of England");
    }

    private static Map<String, Long> values(long luton, long bedfordshire, long kent) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("Luton", luton);
        values.put("Bedfordshire", bedfordshire);
        values.put("Kent", kent);
        return values;
    }
}
