package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.SharedData;

/** The register read from the real shared files: which area a spelling names, and when. */
class AreaRegisterTest {

    private static final LocalDate AFTER_2019 = LocalDate.of(2020, 6, 1);

    private final AreaRegister register = SharedData.register();

    @Test
    void shouldResolveAnAreaByItsGssCode() {
        Area bolton = resolved("E08000001");

        assertThat(bolton).isEqualTo(new Area("E08000001", "BOL", "Bolton", "Metropolitan district", "North West"));
        assertThat(resolved("e08000001")).isEqualTo(bolton);
    }

    @Test
    void shouldResolveAnAreaByItsRegisterCode() {
        assertThat(resolved("MAN")).extracting(Area::gssCode, Area::name).containsExactly("E08000003", "Manchester");
    }

    @Test
    void shouldResolveAnAreaByAnySpellingOfItsName() {
        for (String spelling : List.of("Bolton", "bolton", "Bolton Metropolitan Borough Council", "  BOLTON ")) {
            assertThat(resolved(spelling).gssCode()).as(spelling).isEqualTo("E08000001");
        }
        assertThat(resolved("Kingston upon Hull, City of").registerCode()).isEqualTo("KHL");
        assertThat(resolved("Herefordshire, County of").registerCode()).isEqualTo("HEF");
    }

    @Test
    void shouldReadDorsetAsTheCountyCouncilOfTheProgrammeDateAndAsTheUnitaryAfter2019() {
        assertThat(resolved("Dorset")).extracting(Area::registerCode, Area::gssCode, Area::type)
                .containsExactly("DOR", "E10000009", "County");
        assertThat(resolvedOn("Dorset", AFTER_2019)).extracting(Area::registerCode, Area::gssCode)
                .containsExactly("DST", "E06000059");
    }

    @Test
    void shouldGiveBournemouthAndPooleTheirPre2019UnitariesAndCodes() {
        assertThat(resolved("Bournemouth")).isEqualTo(new Area("E06000028", "BMH", "Bournemouth", "Unitary authority", "South West"));
        assertThat(resolved("Poole")).extracting(Area::gssCode, Area::region).containsExactly("E06000029", "South West");
    }

    @Test
    void shouldOfferTheSuccessorWhenAnAbolishedAuthorityIsNamedAfterItsEnd() {
        AreaResolution resolution = register.resolve("Bournemouth", AFTER_2019);

        assertThat(resolution).isInstanceOfSatisfying(AreaResolution.Unknown.class, unknown -> {
            assertThat(unknown.candidates()).extracting(Area::registerCode).containsExactly("BPC");
            assertThat(unknown.problem()).contains("not in force on 2020-06-01")
                    .contains("Bournemouth, Christchurch and Poole (E06000058)");
        });
    }

    @Test
    void shouldOfferThePredecessorsWhenALaterAuthorityIsNamedAtTheProgrammeDate() {
        AreaResolution resolution = register.resolve("Dorset Council");

        assertThat(resolution).isInstanceOfSatisfying(AreaResolution.Unknown.class, unknown ->
                assertThat(unknown.candidates()).extracting(Area::registerCode).contains("DOR").hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void shouldGiveGatesheadTheGssCodeItHadBeforeThe2013Recoding() {
        assertThat(resolved("Gateshead").gssCode()).isEqualTo("E08000020");
        assertThat(resolvedOn("Gateshead", AFTER_2019).gssCode()).isEqualTo("E08000037");
        assertThat(resolved("E08000037").registerCode()).isEqualTo("GAT");
        assertThat(resolved("E08000020").registerCode()).isEqualTo("GAT");
    }

    @Test
    void shouldReadNamesGivenToTwoAuthoritiesAsTheOneInForceAtTheDate() {
        assertThat(resolved("North Yorkshire").registerCode()).isEqualTo("NYK");
        assertThat(resolved("Somerset").registerCode()).isEqualTo("SOM");
        // NYK's end date and NYE's start date are the same day: the successor has it
        assertThat(resolvedOn("North Yorkshire", LocalDate.of(2023, 4, 1)).registerCode()).isEqualTo("NYE");
    }

    @Test
    void shouldNotTrustTheRegionsTheFileGetsWrong() {
        assertThat(resolved("Derbyshire").region()).isEqualTo("East Midlands");
        assertThat(resolved("Lincolnshire").region()).isEqualTo("East Midlands");
        assertThat(resolved("East Dorset").region()).isEqualTo("South West");
        assertThat(resolved("Buckinghamshire").region()).isEqualTo("South East");
    }

    @Test
    void shouldCallANameThatBeginsSeveralAuthoritiesNamesAmbiguousListingThemAll() {
        AreaResolution resolution = register.resolve("Newcastle");

        assertThat(resolution).isInstanceOfSatisfying(AreaResolution.Ambiguous.class, ambiguous -> {
            assertThat(ambiguous.candidates()).extracting(Area::registerCode).containsExactlyInAnyOrder("NET", "NEC");
            assertThat(ambiguous.problem()).contains("Newcastle upon Tyne (E08000021)").contains("Newcastle-under-Lyme");
        });
    }

    @Test
    void shouldCallAnUnknownNameUnknownWithTheNearestCandidates() {
        AreaResolution resolution = register.resolve("Boltn");

        assertThat(resolution).isInstanceOfSatisfying(AreaResolution.Unknown.class, unknown -> {
            assertThat(unknown.candidates()).extracting(Area::name).contains("Bolton").hasSizeLessThanOrEqualTo(5);
            assertThat(unknown.problem()).startsWith("'Boltn' names no local authority in force on 2009-10-01")
                    .contains("nearest: ").contains("Bolton (E08000001)");
        });
    }

    @Test
    void shouldCallAnUnallocatedGssCodeUnknown() {
        assertThat(register.resolve("E08999999")).isInstanceOfSatisfying(AreaResolution.Unknown.class, unknown ->
                assertThat(unknown.problem()).isEqualTo("no local authority has the GSS code 'E08999999'"));
    }

    @Test
    void shouldNotTakeALowerCaseNameForARegisterCode() {
        assertThat(resolved("Bury").registerCode()).isEqualTo("BUR");
        assertThat(register.resolve("bol")).isNotInstanceOf(AreaResolution.Resolved.class);
    }

    @Test
    void shouldResolveEveryAreaOfTheThirteenPilotsAtTheProgrammeDate() {
        List<String> pilotAreas = List.of("Dorset", "Poole", "Bournemouth", "Kent", "Croydon", "Lewisham", "Luton",
                "Central Bedfordshire", "Leicester", "Leicestershire", "Coventry", "Worcestershire", "Birmingham",
                "Bradford", "Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford", "Stockport", "Tameside",
                "Trafford", "Wigan", "Warrington", "South Tyneside", "Gateshead", "Sunderland", "County Durham");

        for (String area : pilotAreas) {
            assertThat(register.resolve(area)).as(area).isInstanceOf(AreaResolution.Resolved.class);
        }
    }

    private Area resolved(String spelling) {
        return resolvedOn(spelling, AreaRegister.PROGRAMME_DATE);
    }

    private Area resolvedOn(String spelling, LocalDate date) {
        AreaResolution resolution = register.resolve(spelling, date);
        assertThat(resolution).as(spelling + " on " + date + ": " + resolution.problem())
                .isInstanceOf(AreaResolution.Resolved.class);
        return ((AreaResolution.Resolved) resolution).area();
    }
}
