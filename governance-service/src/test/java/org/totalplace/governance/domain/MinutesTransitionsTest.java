package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MinutesTransitionsTest {

    private static final UUID OFFICIALS = UUID.randomUUID();
    private static final LocalDate NOVEMBER = LocalDate.of(2009, 11, 18);
    private static final LocalDate DECEMBER = LocalDate.of(2009, 12, 16);
    private static final MinutesApproval AT_DECEMBER = new MinutesApproval(UUID.randomUUID(), DECEMBER);

    private static final MinutesTransitions.MeetingFacts NOVEMBER_MEETING =
            new MinutesTransitions.MeetingFacts(UUID.randomUUID(), OFFICIALS, NOVEMBER, MeetingStatus.HELD);

    private static MinutesTransitions.MeetingFacts meeting(UUID group, LocalDate date, MeetingStatus status) {
        return new MinutesTransitions.MeetingFacts(UUID.randomUUID(), group, date, status);
    }

    private static void assertApprovedRecordRefused(RuleDecision decision) {
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("minutesStatus");
        assertThat(decision.reason()).contains("APPROVED", "2009-12-16", AT_DECEMBER.meetingId().toString(),
                "correction");
    }

    // --- draft ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = {"NONE", "DRAFT"})
    void shouldLetTheDraftBeWrittenAndReplacedForAHeldMeeting(MinutesStatus minutes) {
        assertThat(MinutesTransitions.checkDraft(MeetingStatus.HELD, minutes, null).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MeetingStatus.class, names = {"SCHEDULED", "CANCELLED"})
    void shouldRefuseMinutesForAMeetingNotHeld(MeetingStatus meeting) {
        RuleDecision decision = MinutesTransitions.checkDraft(meeting, MinutesStatus.NONE, null);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).contains(meeting.name(), "HELD");
    }

    @Test
    void shouldRefuseToReplaceCirculatedTextPointingToAnAmendment() {
        RuleDecision decision = MinutesTransitions.checkDraft(MeetingStatus.HELD, MinutesStatus.CIRCULATED, null);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("amendment");
    }

    @Test
    void shouldRefuseToReplaceApprovedTextNamingTheApproval() {
        assertApprovedRecordRefused(MinutesTransitions.checkDraft(MeetingStatus.HELD, MinutesStatus.APPROVED, AT_DECEMBER));
    }

    // --- circulate, amend, approve ----------------------------------------------------------------

    @Test
    void shouldCirculateOnlyADraft() {
        assertThat(MinutesTransitions.checkCirculate(MinutesStatus.DRAFT, null).allowed()).isTrue();
        assertThat(MinutesTransitions.checkCirculate(MinutesStatus.NONE, null).reason()).contains("draft first");
        assertThat(MinutesTransitions.checkCirculate(MinutesStatus.CIRCULATED, null).reason()).contains("already");
        assertApprovedRecordRefused(MinutesTransitions.checkCirculate(MinutesStatus.APPROVED, AT_DECEMBER));
    }

    @Test
    void shouldAmendOnlyCirculatedMinutes() {
        assertThat(MinutesTransitions.checkAmend(MinutesStatus.CIRCULATED, null).allowed()).isTrue();
        assertThat(MinutesTransitions.checkAmend(MinutesStatus.DRAFT, null).rejected()).isTrue();
        assertThat(MinutesTransitions.checkAmend(MinutesStatus.NONE, null).rejected()).isTrue();
        assertApprovedRecordRefused(MinutesTransitions.checkAmend(MinutesStatus.APPROVED, AT_DECEMBER));
    }

    @Test
    void shouldApproveOnlyCirculatedMinutesAndOnlyOnce() {
        assertThat(MinutesTransitions.checkApprove(MinutesStatus.CIRCULATED, null).allowed()).isTrue();
        assertThat(MinutesTransitions.checkApprove(MinutesStatus.DRAFT, null).reason()).contains("CIRCULATED");
        assertThat(MinutesTransitions.checkApprove(MinutesStatus.NONE, null).rejected()).isTrue();
        assertApprovedRecordRefused(MinutesTransitions.checkApprove(MinutesStatus.APPROVED, AT_DECEMBER));
    }

    // --- corrections ------------------------------------------------------------------------------

    @Test
    void shouldRecordCorrectionsOnlyAgainstApprovedMinutes() {
        assertThat(MinutesTransitions.checkCorrect(MinutesStatus.APPROVED).allowed()).isTrue();
        for (MinutesStatus before : new MinutesStatus[] {MinutesStatus.NONE, MinutesStatus.DRAFT, MinutesStatus.CIRCULATED}) {
            RuleDecision decision = MinutesTransitions.checkCorrect(before);

            assertThat(decision.rejected()).as(before.name()).isTrue();
            assertThat(decision.reason()).contains(before.name());
        }
    }

    // --- attendance -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = MinutesStatus.class, names = {"NONE", "DRAFT", "CIRCULATED"})
    void shouldLetAttendanceChangeUntilTheMinutesAreApproved(MinutesStatus minutes) {
        assertThat(MinutesTransitions.checkRecordAttendance(MeetingStatus.SCHEDULED, minutes, null).allowed()).isTrue();
        assertThat(MinutesTransitions.checkRecordAttendance(MeetingStatus.HELD, minutes, null).allowed()).isTrue();
    }

    @Test
    void shouldFreezeAttendanceOnceTheMinutesAreApproved() {
        assertApprovedRecordRefused(MinutesTransitions.checkRecordAttendance(MeetingStatus.HELD, MinutesStatus.APPROVED,
                AT_DECEMBER));
    }

    @Test
    void shouldRefuseAttendanceForACancelledMeeting() {
        RuleDecision decision = MinutesTransitions.checkRecordAttendance(MeetingStatus.CANCELLED, MinutesStatus.NONE, null);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).contains("CANCELLED");
    }

    // --- the approving meeting --------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = MeetingStatus.class, names = {"SCHEDULED", "HELD"})
    void shouldApproveAtALaterMeetingOfTheSameGroup(MeetingStatus status) {
        RuleDecision decision = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING,
                meeting(OFFICIALS, DECEMBER, status));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void shouldNotApproveAtTheMeetingTheMinutesRecord() {
        RuleDecision decision = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING, NOVEMBER_MEETING);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("approvedAtMeetingId");
    }

    @Test
    void shouldNotApproveAtAMeetingOfAnotherGroup() {
        RuleDecision decision = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING,
                meeting(UUID.randomUUID(), DECEMBER, MeetingStatus.SCHEDULED));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("another group");
    }

    @Test
    void shouldNotApproveAtAnEarlierOrSameDayMeeting() {
        RuleDecision earlier = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING,
                meeting(OFFICIALS, NOVEMBER.minusMonths(1), MeetingStatus.HELD));
        RuleDecision sameDay = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING,
                meeting(OFFICIALS, NOVEMBER, MeetingStatus.HELD));

        assertThat(earlier.rejected()).isTrue();
        assertThat(earlier.reason()).contains("2009-10-18", "not after");
        assertThat(sameDay.rejected()).isTrue();
    }

    @Test
    void shouldNotApproveAtACancelledMeeting() {
        RuleDecision decision = MinutesTransitions.checkApprovingMeeting(NOVEMBER_MEETING,
                meeting(OFFICIALS, DECEMBER, MeetingStatus.CANCELLED));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("CANCELLED");
    }
}
