package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.SharedData;

/** The columns of the real population file, mapped to the authorities of the real register. */
class PopulationCoverageTest {

    private static final Set<String> UPPER_TIER = Set.of("County", "Unitary authority", "Metropolitan district",
            "London borough", "City corporation");

    private final AreaRegister register = SharedData.register();
    private final PopulationCoverage coverage = SharedData.coverage();

    @Test
    void shouldCoverEveryEnglishUpperTierAuthorityOfTheProgrammeDateByExactlyOneColumn() {
        List<String> uncovered = new ArrayList<>();
        for (LocalAuthority authority : register.authorities()) {
            boolean english = authority.gssCode() != null && authority.gssCode().startsWith("E");
            if (english && UPPER_TIER.contains(authority.typeName()) && authority.inForceOn(AreaRegister.PROGRAMME_DATE)
                    && coverage.columnOf(authority.registerCode()).isEmpty()) {
                uncovered.add(authority.registerCode());
            }
        }
        assertThat(uncovered).isEmpty();
    }

    @Test
    void shouldMapTheMergedColumnsToEachOfTheirAuthorities() {
        assertThat(coverage.codesOf("Bedfordshire")).containsExactlyInAnyOrder("BDF", "CBF");
        assertThat(coverage.codesOf("East Berkshire")).containsExactlyInAnyOrder("BRC", "RDG", "SLG", "WNM", "WOK");
        assertThat(coverage.codesOf("Tameside and Glossop")).containsExactly("TAM");
        assertThat(coverage.codesOf("Essex")).containsExactlyInAnyOrder("ESS", "SOS", "THR");
    }

    @Test
    void shouldReadPlainColumnsAsTheAuthoritiesOfTheProgrammeDate() {
        assertThat(coverage.codesOf("Dorset")).containsExactly("DOR");
        assertThat(coverage.codesOf("Buckinghamshire")).containsExactly("BKM");
        assertThat(coverage.codesOf("Somerset")).containsExactly("SOM");
        assertThat(coverage.codesOf("Bristol, City of")).containsExactly("BST");
    }

    @Test
    void shouldPlaceADistrictInItsCountysColumn() {
        assertThat(coverage.columnOf("CAT")).contains("Kent");
    }

    @Test
    void shouldRefuseAColumnThatNamesNoAuthority() {
        assertThatThrownBy(() -> PopulationCoverage.of(List.of("Luton", "Atlantis"), Map.of(), register,
                AreaRegister.PROGRAMME_DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Atlantis'");
    }

    @Test
    void shouldRefuseAMappingToAnAuthorityNotInForceAtTheDate() {
        assertThatThrownBy(() -> PopulationCoverage.of(List.of("Dorset"), Map.of("Dorset", List.of("DST")), register,
                AreaRegister.PROGRAMME_DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DST");
    }

    @Test
    void shouldRefuseAnAuthorityCoveredByTwoColumns() {
        assertThatThrownBy(() -> new PopulationCoverage(Map.of("A", Set.of("LUT"), "B", Set.of("LUT")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LUT");
    }
}
