package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTransitionsTest {

    private static final LocalDate DAY = LocalDate.of(2010, 1, 18);

    @Test
    void shouldChangeTheAgendaOnlyBeforeTheMeeting() {
        assertThat(MeetingTransitions.checkChangeAgenda(MeetingStatus.SCHEDULED).allowed()).isTrue();
        RuleDecision held = MeetingTransitions.checkChangeAgenda(MeetingStatus.HELD);
        assertThat(held.rejected()).isTrue();
        assertThat(held.field()).isEqualTo("status");
        assertThat(held.reason()).contains("HELD").contains("only while it is SCHEDULED");
        assertThat(MeetingTransitions.checkChangeAgenda(MeetingStatus.CANCELLED).reason()).contains("CANCELLED");
    }

    @Test
    void shouldCancelOnlyAScheduledMeeting() {
        assertThat(MeetingTransitions.checkCancel(MeetingStatus.SCHEDULED).allowed()).isTrue();
        assertThat(MeetingTransitions.checkCancel(MeetingStatus.HELD).reason()).contains("only a SCHEDULED meeting");
        assertThat(MeetingTransitions.checkCancel(MeetingStatus.CANCELLED).rejected()).isTrue();
    }

    @Test
    void shouldHoldAScheduledMeetingOnOrAfterItsDayOnly() {
        assertThat(MeetingTransitions.checkHold(MeetingStatus.SCHEDULED, DAY, DAY).allowed()).isTrue();
        assertThat(MeetingTransitions.checkHold(MeetingStatus.SCHEDULED, DAY, DAY.plusDays(3)).allowed()).isTrue();
        RuleDecision early = MeetingTransitions.checkHold(MeetingStatus.SCHEDULED, DAY, DAY.minusDays(1));
        assertThat(early.field()).isEqualTo("date");
        assertThat(early.reason()).contains("2010-01-18").contains("after today");
        assertThat(MeetingTransitions.checkHold(MeetingStatus.HELD, DAY, DAY).field()).isEqualTo("status");
        assertThat(MeetingTransitions.checkHold(MeetingStatus.CANCELLED, DAY, DAY).rejected()).isTrue();
    }
}
