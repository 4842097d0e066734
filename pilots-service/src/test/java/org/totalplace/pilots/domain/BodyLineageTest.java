package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodyLineageTest {

    private static final PastSuccession RENAMED = new PastSuccession(SuccessionKind.RENAMED, LocalDate.of(2008, 4, 1),
            "Old name", "New name", null, null);
    private static final PastSuccession MERGED = new PastSuccession(SuccessionKind.MERGED, LocalDate.of(2011, 4, 1),
            "New name", null, new PastSuccession.Successor(UUID.randomUUID(), "CLG", "Communities and Local Government"),
            "Closure of the Government Offices");
    private static final BodyLineage BODY = new BodyLineage(UUID.randomUUID(), "New name", LocalDate.of(1994, 4, 1),
            List.of(MERGED, RENAMED));

    @Test
    void shouldKeepEveryNameWithTheDaysItWasBorne() {
        assertThat(BODY.names()).containsExactly(
                new BodyLineage.Name("Old name", LocalDate.of(1994, 4, 1), LocalDate.of(2008, 3, 31)),
                new BodyLineage.Name("New name", LocalDate.of(2008, 4, 1), null));
    }

    @Test
    void shouldReadTheNameOfTheDay() {
        assertThat(BODY.nameOn(LocalDate.of(2008, 3, 31))).isEqualTo("Old name");
        assertThat(BODY.nameOn(LocalDate.of(2008, 4, 1))).isEqualTo("New name");
    }

    @Test
    void shouldShowTheEndOnlyFromTheDayItTookEffect() {
        assertThat(BODY.endBy(LocalDate.of(2011, 3, 31))).isEmpty();
        assertThat(BODY.endBy(LocalDate.of(2011, 4, 1))).contains(MERGED);
        assertThat(BODY.latest()).contains(MERGED);
    }
}
