package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's rules on a tiny register made up for each case, so that each rule is seen on its own. */
class AreaRegisterRulesTest {

    private static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);

    @Test
    void shouldLetTheSuccessorHaveTheDayBothClaim() {
        AreaRegister register = new AreaRegister(List.of(
                authority("OLD", "E10000001", "Shire", "CTY", "South West", null, List.of("NEW"), null, APRIL_2019),
                authority("NEW", "E06000100", "Shire", "UA", "South West", null, List.of(), APRIL_2019, null)),
                List.of(), List.of(), List.of());

        assertThat(register.resolve("Shire", APRIL_2019)).isInstanceOfSatisfying(AreaResolution.Resolved.class,
                resolved -> assertThat(resolved.area().registerCode()).isEqualTo("NEW"));
        assertThat(register.resolve("Shire", APRIL_2019.minusDays(1))).isInstanceOfSatisfying(AreaResolution.Resolved.class,
                resolved -> assertThat(resolved.area().registerCode()).isEqualTo("OLD"));
    }

    @Test
    void shouldCallTwoAuthoritiesInForceUnderOneNameAmbiguous() {
        AreaRegister register = new AreaRegister(List.of(
                authority("AAA", "E07000001", "Twin", "NMD", "South East", null, List.of(), null, null),
                authority("BBB", "E07000002", "Twin Vale", "NMD", "South East", null, List.of(), null, null)),
                List.of(new AreaRegister.Spelling("Twin", "BBB")), List.of(), List.of());

        assertThat(register.resolve("twin")).isInstanceOfSatisfying(AreaResolution.Ambiguous.class, ambiguous ->
                assertThat(ambiguous.candidates()).extracting(Area::registerCode).containsExactly("AAA", "BBB"));
    }

    @Test
    void shouldGiveADistrictWithABlankRegionItsCountysAndAnAbolishedUnitaryItsSuccessors() {
        AreaRegister register = new AreaRegister(List.of(
                authority("CTY", "E10000001", "Shire", "CTY", "West Midlands", null, List.of(), null, null),
                authority("DIS", "E07000001", "Dale", "NMD", null, "CTY", List.of(), null, null),
                authority("DAL", "E07000002", "Fell", "NMD", "East Midlands", "CTY", List.of(), null, null),
                authority("GON", "E06000001", "Gone", "UA", null, null, List.of("SUC"), null, APRIL_2019),
                authority("SUC", "E06000002", "Successor", "UA", "North West", null, List.of(), APRIL_2019, null)),
                List.of(), List.of(), List.of());

        assertThat(register.resolve("Shire")).extracting(r -> ((AreaResolution.Resolved) r).area().region())
                .isEqualTo("East Midlands");
        assertThat(register.resolve("Dale")).extracting(r -> ((AreaResolution.Resolved) r).area().region())
                .isEqualTo("East Midlands");
        assertThat(register.resolve("Gone")).extracting(r -> ((AreaResolution.Resolved) r).area().region())
                .isEqualTo("North West");
    }

    @Test
    void shouldRefuseALookupRowForAnAuthorityTheRegisterLacks() {
        assertThatThrownBy(() -> new AreaRegister(List.of(), List.of(new AreaRegister.Spelling("Nowhere", "NOW")),
                List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NOW'");
    }

    static LocalAuthority authority(String code, String gss, String name, String type, String region, String county,
                                    List<String> replacedBy, LocalDate start, LocalDate end) {
        return new LocalAuthority(code, gss, List.of(), name + " Council", name, type, type, region, county, replacedBy,
                start, end);
    }
}
