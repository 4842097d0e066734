package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PilotAliasesTest {

    @Test
    void shouldTrimAndCollapseWhitespace() {
        assertThat(PilotAliases.normalise(List.of("  Manchester   city\tregion "))).containsExactly("Manchester city region");
    }

    @Test
    void shouldKeepTheFirstSpellingOfAliasesThatDifferOnlyInCase() {
        assertThat(PilotAliases.normalise(List.of("County Durham", "county durham", "COUNTY DURHAM ")))
                .containsExactly("County Durham");
    }

    @Test
    void shouldDropBlankAndMissingAliases() {
        assertThat(PilotAliases.normalise(Arrays.asList("Kent", " ", null, ""))).containsExactly("Kent");
        assertThat(PilotAliases.normalise(null)).isEmpty();
    }

    @Test
    void shouldSortIgnoringCaseSoThatEqualSetsReadTheSame() {
        List<String> one = PilotAliases.normalise(List.of("manchester and Warrington", "10 Manchester LAs", "Manchester city region"));
        List<String> other = PilotAliases.normalise(List.of("Manchester city region", "manchester and Warrington", "10 Manchester LAs"));
        assertThat(one).containsExactly("10 Manchester LAs", "manchester and Warrington", "Manchester city region")
                .isEqualTo(other);
    }

    @Test
    void shouldCompareNamesByTheirKey() {
        assertThat(PilotAliases.key("  Luton  & Central Beds ")).isEqualTo("luton & central beds");
    }

    @Test
    void shouldNormaliseTheAliasesOfPilotDetails() {
        PilotDetails details = new PilotDetails(" Durham ", Region.NORTH_EAST, "Durham", "Unitary", "Housing",
                List.of("county durham", "County Durham", "  "));
        assertThat(details.name()).isEqualTo("Durham");
        assertThat(details.aliases()).containsExactly("county durham");
    }
}
