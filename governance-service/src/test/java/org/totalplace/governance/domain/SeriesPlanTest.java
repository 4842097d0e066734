package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

    @Test
    void shouldCountMonthlyDatesFromTheFirstSoTheEndOfAMonthIsKept() {
        SeriesPlan plan = new SeriesPlan(Cadence.MONTHLY, LocalDate.of(2010, 1, 31), 4);

        assertThat(plan.dates()).containsExactly(LocalDate.of(2010, 1, 31), LocalDate.of(2010, 2, 28),
                LocalDate.of(2010, 3, 31), LocalDate.of(2010, 4, 30));
    }

    @Test
    void shouldSpaceFortnightlyAndQuarterlyMeetings() {
        assertThat(new SeriesPlan(Cadence.FORTNIGHTLY, LocalDate.of(2009, 12, 21), 3).dates())
                .containsExactly(LocalDate.of(2009, 12, 21), LocalDate.of(2010, 1, 4), LocalDate.of(2010, 1, 18));
        assertThat(new SeriesPlan(Cadence.QUARTERLY, LocalDate.of(2009, 11, 30), 3).dates())
                .containsExactly(LocalDate.of(2009, 11, 30), LocalDate.of(2010, 2, 28), LocalDate.of(2010, 5, 30));
        assertThat(new SeriesPlan(Cadence.WEEKLY, LocalDate.of(2010, 1, 4), 2).dates())
                .containsExactly(LocalDate.of(2010, 1, 4), LocalDate.of(2010, 1, 11));
    }

    @Test
    void shouldRefuseAnAdHocSeriesAndCountsOutOfRange() {
        LocalDate day = LocalDate.of(2010, 1, 4);
        assertThatThrownBy(() -> new SeriesPlan(Cadence.AD_HOC, day, 3)).hasMessageContaining("AD_HOC");
        assertThatThrownBy(() -> new SeriesPlan(Cadence.MONTHLY, day, 0)).hasMessageContaining("1 to 60");
        assertThatThrownBy(() -> new SeriesPlan(Cadence.MONTHLY, day, 61)).hasMessageContaining("1 to 60");
        assertThat(new SeriesPlan(Cadence.MONTHLY, day, 60).dates()).hasSize(60);
    }
}
