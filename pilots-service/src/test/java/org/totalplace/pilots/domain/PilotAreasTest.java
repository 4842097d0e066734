package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.SharedData;

class PilotAreasTest {

    private final AreaRegister register = SharedData.register();

    @Test
    void shouldAcceptGssCodesRegisterCodesAndNamesAndSortTheAreasByName() {
        PilotAreas.Outcome outcome = PilotAreas.resolve(List.of("Warrington", "E08000001", "MAN"), register,
                AreaRegister.PROGRAMME_DATE);

        assertThat(outcome.allowed()).isTrue();
        assertThat(outcome.areas()).extracting(Area::name).containsExactly("Bolton", "Manchester", "Warrington");
    }

    @Test
    void shouldRejectUnknownAndAmbiguousNamesByTheirPlaceInTheListWithTheCandidates() {
        PilotAreas.Outcome outcome = PilotAreas.resolve(List.of("Bolton", "Boltn", "Newcastle"), register,
                AreaRegister.PROGRAMME_DATE);

        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.areas()).isEmpty();
        assertThat(outcome.rejections()).extracting(PilotAreas.Rejection::field).containsExactly("areas[1]", "areas[2]");
        assertThat(outcome.rejections().get(0).reason()).contains("Bolton (E08000001)");
        assertThat(outcome.rejections().get(1).reason()).contains("Newcastle upon Tyne (E08000021)", "Newcastle-under-Lyme");
    }

    @Test
    void shouldRejectTheSameAreaNamedTwiceInDifferentWays() {
        PilotAreas.Outcome outcome = PilotAreas.resolve(List.of("Bolton", "Bury", "E08000001"), register,
                AreaRegister.PROGRAMME_DATE);

        assertThat(outcome.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("areas[2]");
            assertThat(rejection.reason()).isEqualTo("names Bolton (E08000001) again, as areas[0] does");
        });
    }

    @Test
    void shouldRejectABlankEntry() {
        assertThat(PilotAreas.resolve(List.of(" "), register, AreaRegister.PROGRAMME_DATE).rejections())
                .extracting(PilotAreas.Rejection::reason).containsExactly("must name an area");
    }

    @Test
    void shouldAcceptNoAreasAtAll() {
        assertThat(PilotAreas.resolve(List.of(), register, AreaRegister.PROGRAMME_DATE).allowed()).isTrue();
    }
}
