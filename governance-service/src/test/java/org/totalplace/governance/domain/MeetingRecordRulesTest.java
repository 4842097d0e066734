package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingRecordRulesTest {

    @ParameterizedTest(name = "HELD with minutes {0}")
    @EnumSource(value = MinutesStatus.class, names = {"NONE", "DRAFT", "CIRCULATED"})
    void shouldRecordAtAHeldMeetingUntilItsMinutesAreApproved(MinutesStatus minutes) {
        assertThat(MeetingRecordRules.checkRecord("decision", MeetingStatus.HELD, minutes).allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource({
            "SCHEDULED, the meeting is SCHEDULED; a decision is recorded only at a meeting that was HELD",
            "CANCELLED, the meeting is CANCELLED; a decision is recorded only at a meeting that was HELD"})
    void shouldRefuseAMeetingThatWasNotHeld(MeetingStatus status, String reason) {
        RuleDecision decision = MeetingRecordRules.checkRecord("decision", status, MinutesStatus.NONE);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).isEqualTo(reason);
    }

    @Test
    void shouldSayAnActionWhenRefusingAnAction() {
        assertThat(MeetingRecordRules.checkRecord("action", MeetingStatus.SCHEDULED, MinutesStatus.NONE).reason())
                .isEqualTo("the meeting is SCHEDULED; an action is recorded only at a meeting that was HELD");
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({"decision", "action"})
    void shouldRefuseOnceTheMinutesAreApproved(String what) {
        RuleDecision decision = MeetingRecordRules.checkRecord(what, MeetingStatus.HELD, MinutesStatus.APPROVED);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("minutesStatus");
        assertThat(decision.reason()).isEqualTo("the meeting's minutes are APPROVED, so its record no longer "
                + "changes; record the " + what + " at a later meeting");
    }

    @Test
    void shouldRefuseADecisionOnlyWhenTheMeetingWasFoundInquorate() {
        assertThat(MeetingRecordRules.checkDecide(true).allowed()).isTrue();
        assertThat(MeetingRecordRules.checkDecide(null).allowed()).as("not held yet: checkRecord's to refuse").isTrue();
        RuleDecision inquorate = MeetingRecordRules.checkDecide(false);
        assertThat(inquorate.field()).isEqualTo("quorate");
        assertThat(inquorate.reason()).contains("not quorate");
    }
}
