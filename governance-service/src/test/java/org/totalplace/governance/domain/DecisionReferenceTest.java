package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionReferenceTest {

    @Test
    void shouldNameTheGroupTheMeetingDayAndTheItemNumber() {
        assertThat(DecisionReference.of("High-level officials' group", LocalDate.of(2009, 10, 14), 3))
                .isEqualTo("High-level officials' group, 14 October 2009, item 3");
    }

    @Test
    void shouldWriteTheDayWithoutALeadingZero() {
        assertThat(DecisionReference.of("Ministerial group", LocalDate.of(2010, 2, 5), 12))
                .isEqualTo("Ministerial group, 5 February 2010, item 12");
    }
}
