package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationCoverageTest {

    private static final PopulationCoverage COVERAGE = new PopulationCoverage(Map.of(
            "Dorset", Set.of("DOR"),
            "Bournemouth and Poole", Set.of("BMH", "POL"),
            "Luton", Set.of("LUT"),
            "Bedfordshire", Set.of("BDF", "CBF")));

    private static final PilotArea DORSET = new PilotArea("DOR", "E10000009", "Dorset County");
    private static final PilotArea POOLE = new PilotArea("POL", "E06000029", "Poole");
    private static final PilotArea BOURNEMOUTH = new PilotArea("BMH", "E06000028", "Bournemouth");
    private static final PilotArea LUTON = new PilotArea("LUT", "E06000032", "Luton");
    private static final PilotArea CENTRAL_BEDS = new PilotArea("CBF", "E06000056", "Central Bedfordshire");

    @Test
    void shouldSumAMergedColumnWhenThePilotHasEveryAuthorityInIt() {
        PopulationCoverage.Sources sources = COVERAGE.sourcesFor(List.of(BOURNEMOUTH, DORSET, POOLE));

        assertThat(sources.columns()).containsExactlyInAnyOrder("Dorset", "Bournemouth and Poole");
        assertThat(sources.uncovered()).isEmpty();
    }

    @Test
    void shouldLeaveAnAreaUncoveredWhenItsColumnAlsoCoversAnAuthorityOutsideThePilot() {
        PopulationCoverage.Sources sources = COVERAGE.sourcesFor(List.of(LUTON, CENTRAL_BEDS, POOLE));

        assertThat(sources.columns()).containsExactly("Luton");
        assertThat(sources.uncovered()).containsExactly(CENTRAL_BEDS, POOLE);
    }

    @Test
    void shouldRefuseAMappingThatCoversAnAuthorityTwice() {
        assertThatThrownBy(() -> new PopulationCoverage(Map.of("A", Set.of("X"), "B", Set.of("X"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
