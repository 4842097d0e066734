package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JUNE_2009 = LocalDate.parse("2009-06-01");
    private static final LocalDate MARCH_2010 = LocalDate.parse("2010-03-31");

    @Test
    void shouldIncludeBothItsFirstAndItsLastDay() {
        DateRange range = new DateRange(JUNE_2009, MARCH_2010);

        assertThat(range.includes(JUNE_2009)).isTrue();
        assertThat(range.includes(MARCH_2010)).isTrue();
        assertThat(range.includes(JUNE_2009.minusDays(1))).isFalse();
        assertThat(range.includes(MARCH_2010.plusDays(1))).isFalse();
    }

    @Test
    void shouldRunWithoutEndWhileItHasNoEndDate() {
        DateRange open = new DateRange(JUNE_2009, null);

        assertThat(open.isOpen()).isTrue();
        assertThat(open.includes(LocalDate.parse("2030-01-01"))).isTrue();
        assertThat(open.describe()).isEqualTo("from 2009-06-01 with no end date");
    }

    @Test
    void shouldOverlapWhenTheyShareADay() {
        DateRange first = new DateRange(JUNE_2009, MARCH_2010);

        assertThat(first.overlaps(new DateRange(MARCH_2010, null))).isTrue();
        assertThat(first.overlaps(new DateRange(LocalDate.parse("2009-01-01"), JUNE_2009))).isTrue();
        assertThat(first.overlaps(new DateRange(MARCH_2010.plusDays(1), null))).isFalse();
        assertThat(new DateRange(MARCH_2010.plusDays(1), null).overlaps(first)).isFalse();
        assertThat(new DateRange(JUNE_2009, null).overlaps(new DateRange(LocalDate.parse("2001-01-01"), null))).isTrue();
    }

    @Test
    void shouldAllowAnEndOnTheFirstDayButNotBefore() {
        assertThat(DateRange.checkEnd(JUNE_2009, JUNE_2009).allowed()).isTrue();
        assertThat(DateRange.checkEnd(JUNE_2009, null).allowed()).isTrue();

        RuleDecision before = DateRange.checkEnd(JUNE_2009, JUNE_2009.minusDays(1));

        assertThat(before.rejected()).isTrue();
        assertThat(before.field()).isEqualTo("to");
        assertThat(before.reason()).isEqualTo("must be on or after from (2009-06-01)");
    }

    @Test
    void shouldRefuseToBeBuiltBackwards() {
        assertThatThrownBy(() -> new DateRange(MARCH_2010, JUNE_2009)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateRange(null, MARCH_2010)).isInstanceOf(NullPointerException.class);
    }
}
