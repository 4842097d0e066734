package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ministerial group of 2009-10 as the quorum sees it: the chair, seven ministers' posts and the LGA seat
 * (Cllr Eaton, with Cllr Parsons as her alternate) make nine voting seats, so a majority is five.
 */
class QuorumTest {

    private static final LocalDate LAUNCHED = LocalDate.of(2009, 4, 22);
    private static final LocalDate MEETING = LocalDate.of(2009, 11, 18);

    private static final Seat CHAIR = seat("Secretary of State for Communities and Local Government", MembershipRole.CHAIR);
    private static final Seat TREASURY = seat("Chief Secretary to the Treasury", MembershipRole.MEMBER);
    private static final Seat CLG = seat("Minister for Communities and Local Government", MembershipRole.MEMBER);
    private static final Seat CABINET_OFFICE = seat("Minister for the Cabinet Office", MembershipRole.MEMBER);
    private static final Seat HOME_OFFICE = seat("Secretary of State for the Home Department", MembershipRole.MEMBER);
    private static final Seat DWP = seat("Secretary of State for Work and Pensions", MembershipRole.MEMBER);
    private static final Seat DCSF = seat("Secretary of State for Children, Schools and Families", MembershipRole.MEMBER);
    private static final Seat DH = seat("Secretary of State for Health", MembershipRole.MEMBER);
    private static final Seat EATON = seat("Cllr Margaret Eaton", MembershipRole.MEMBER);
    private static final Seat PARSONS = alternate("Cllr David Parsons", EATON);
    private static final Seat SECRETARIAT = seat("Total Place programme office", MembershipRole.SECRETARIAT);
    private static final Seat OBSERVER = seat("Leadership Centre for Local Government", MembershipRole.OBSERVER);

    private static final List<Seat> MINISTERIAL_GROUP = List.of(CHAIR, TREASURY, CLG, CABINET_OFFICE, HOME_OFFICE,
            DWP, DCSF, DH, EATON, PARSONS, SECRETARIAT, OBSERVER);

    private static Seat seat(String holder, MembershipRole role) {
        return new Seat(UUID.randomUUID(), holder, role, null, new Tenure(LAUNCHED, null));
    }

    private static Seat alternate(String holder, Seat standsInFor) {
        return new Seat(UUID.randomUUID(), holder, MembershipRole.ALTERNATE, standsInFor.membershipId(),
                new Tenure(LAUNCHED, null));
    }

    private static AttendanceMark present(Seat seat) {
        return new AttendanceMark(seat.membershipId(), AttendanceStatus.PRESENT, null);
    }

    private static AttendanceMark apologies(Seat seat) {
        return new AttendanceMark(seat.membershipId(), AttendanceStatus.APOLOGIES, null);
    }

    private static AttendanceMark represented(Seat seat, Seat by) {
        return new AttendanceMark(seat.membershipId(), AttendanceStatus.REPRESENTED, by.membershipId());
    }

    private static List<AttendanceMark> allPresent(Seat... seats) {
        List<AttendanceMark> marks = new ArrayList<>();
        for (Seat seat : seats) {
            marks.add(present(seat));
        }
        return marks;
    }

    private static List<AttendanceMark> with(List<AttendanceMark> marks, AttendanceMark... more) {
        List<AttendanceMark> all = new ArrayList<>(marks);
        all.addAll(List.of(more));
        return all;
    }

    private static QuorumVerdict majority(List<AttendanceMark> register) {
        return Quorum.assess(QuorumRule.majority(), MEETING, MINISTERIAL_GROUP, register);
    }

    // --- alternates -------------------------------------------------------------------------------

    @Test
    void shouldCountAnAlternateForTheMemberTheyStandIn() {
        List<AttendanceMark> four = allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE);

        QuorumVerdict verdict = majority(with(four, represented(EATON, PARSONS), present(PARSONS)));

        assertThat(verdict.counted()).isEqualTo(5);
        assertThat(verdict.quorate()).isTrue();
        assertThat(verdict.viaAlternates()).containsExactly(new QuorumVerdict.StandIn(EATON, PARSONS));
    }

    @Test
    void shouldCountARepresentedSeatWhenTheAlternateHasNoEntryOfTheirOwn() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE), represented(EATON, PARSONS)));

        assertThat(verdict.counted()).isEqualTo(5);
        assertThat(verdict.quorate()).isTrue();
    }

    @Test
    void shouldNotCountAnAlternateForSomeoneTheyDoNotStandInFor() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE),
                represented(DWP, PARSONS), present(PARSONS)));

        assertThat(verdict.counted()).isEqualTo(4);
        assertThat(verdict.quorate()).isFalse();
        assertThat(verdict.viaAlternates()).isEmpty();
    }

    @Test
    void shouldNotCountAnAlternateOnTheirOwnWhenTheMemberIsNotRepresented() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE), apologies(EATON),
                present(PARSONS)));

        assertThat(verdict.counted()).isEqualTo(4);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldCountTheSeatOnceWhenBothMemberAndAlternateArePresent() {
        QuorumVerdict verdict = majority(allPresent(CHAIR, TREASURY, CLG, EATON, PARSONS));

        assertThat(verdict.counted()).isEqualTo(4);
        assertThat(verdict.quorate()).isFalse();
        assertThat(verdict.viaAlternates()).isEmpty();
    }

    @Test
    void shouldNotCountAMemberOnApologiesWithoutAnAlternate() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE), apologies(EATON)));

        assertThat(verdict.counted()).isEqualTo(4);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldNotCountARepresentationByAnAlternateRecordedAsAway() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE),
                represented(EATON, PARSONS), apologies(PARSONS)));

        assertThat(verdict.counted()).isEqualTo(4);
    }

    @Test
    void shouldNotCountARepresentationThatNamesNoAlternate() {
        QuorumVerdict verdict = majority(with(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE),
                new AttendanceMark(EATON.membershipId(), AttendanceStatus.REPRESENTED, null)));

        assertThat(verdict.counted()).isEqualTo(4);
    }

    @Test
    void shouldNotCountAnAlternateWhoseMembershipHadEndedByTheMeeting() {
        Seat former = new Seat(UUID.randomUUID(), "Cllr David Parsons", MembershipRole.ALTERNATE, EATON.membershipId(),
                new Tenure(LAUNCHED, MEETING.minusDays(1)));
        List<Seat> group = List.of(CHAIR, TREASURY, CLG, EATON, former);

        QuorumVerdict verdict = Quorum.assess(QuorumRule.atLeast(3), MEETING, group,
                with(allPresent(CHAIR, TREASURY), represented(EATON, former)));

        assertThat(verdict.counted()).isEqualTo(2);
        assertThat(verdict.quorate()).isFalse();
    }

    // --- who votes --------------------------------------------------------------------------------

    @Test
    void shouldNeverCountObserversOrTheSecretariat() {
        QuorumVerdict verdict = majority(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE, SECRETARIAT, OBSERVER));

        assertThat(verdict.seats()).isEqualTo(9);
        assertThat(verdict.counted()).isEqualTo(4);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldCountAViceChairAsAVotingSeat() {
        Seat vice = seat("Minister for Local Government", MembershipRole.VICE_CHAIR);
        List<Seat> group = List.of(CHAIR, vice, TREASURY);

        QuorumVerdict verdict = Quorum.assess(QuorumRule.majority(), MEETING, group, allPresent(CHAIR, vice));

        assertThat(verdict.seats()).isEqualTo(3);
        assertThat(verdict.counted()).isEqualTo(2);
        assertThat(verdict.quorate()).isTrue();
    }

    @Test
    void shouldLeaveOutOfTheSeatsAndTheCountAMembershipNotInPostOnTheMeetingDate() {
        Seat starting = new Seat(UUID.randomUUID(), "Secretary of State for Business", MembershipRole.MEMBER, null,
                new Tenure(MEETING.plusDays(1), null));
        Seat ended = new Seat(UUID.randomUUID(), "Secretary of State for Transport", MembershipRole.MEMBER, null,
                new Tenure(LAUNCHED, MEETING.minusDays(1)));
        List<Seat> group = List.of(CHAIR, TREASURY, CLG, starting, ended);

        QuorumVerdict verdict = Quorum.assess(QuorumRule.majority(), MEETING, group,
                allPresent(CHAIR, starting, ended));

        assertThat(verdict.seats()).isEqualTo(3);
        assertThat(verdict.needed()).isEqualTo(2);
        assertThat(verdict.counted()).isEqualTo(1);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldCountAMembershipOnItsFirstAndLastDays() {
        Seat first = new Seat(UUID.randomUUID(), "Minister A", MembershipRole.MEMBER, null, new Tenure(MEETING, null));
        Seat last = new Seat(UUID.randomUUID(), "Minister B", MembershipRole.MEMBER, null, new Tenure(LAUNCHED, MEETING));

        QuorumVerdict verdict = Quorum.assess(QuorumRule.majority(), MEETING, List.of(first, last), allPresent(first, last));

        assertThat(verdict.seats()).isEqualTo(2);
        assertThat(verdict.counted()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreEntriesForMembershipsOfAnotherGroup() {
        Seat stranger = seat("Somebody else's member", MembershipRole.MEMBER);

        QuorumVerdict verdict = majority(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE, stranger));

        assertThat(verdict.counted()).isEqualTo(4);
    }

    // --- MAJORITY and AT_LEAST --------------------------------------------------------------------

    @Test
    void shouldNeedMoreThanHalfOfTheSeatsForAMajority() {
        assertThat(majority(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE)).needed()).isEqualTo(5);
        assertThat(majority(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE, DWP)).quorate()).isTrue();
        assertThat(majority(allPresent(CHAIR, TREASURY, CLG, HOME_OFFICE)).quorate()).isFalse();
    }

    @Test
    void shouldNeedMoreThanHalfNotHalfWhenTheSeatsAreEven() {
        List<Seat> four = List.of(CHAIR, TREASURY, CLG, HOME_OFFICE);

        QuorumVerdict half = Quorum.assess(QuorumRule.majority(), MEETING, four, allPresent(CHAIR, TREASURY));
        QuorumVerdict more = Quorum.assess(QuorumRule.majority(), MEETING, four, allPresent(CHAIR, TREASURY, CLG));

        assertThat(half.needed()).isEqualTo(3);
        assertThat(half.quorate()).isFalse();
        assertThat(more.quorate()).isTrue();
    }

    @Test
    void shouldNeverBeQuorateWithNoVotingSeats() {
        QuorumVerdict verdict = Quorum.assess(QuorumRule.majority(), MEETING, List.of(SECRETARIAT),
                allPresent(SECRETARIAT));

        assertThat(verdict.seats()).isZero();
        assertThat(verdict.needed()).isEqualTo(1);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldBeQuorateAtExactlyTheNumberAnAtLeastRuleNames() {
        QuorumRule three = QuorumRule.atLeast(3);

        QuorumVerdict two = Quorum.assess(three, MEETING, MINISTERIAL_GROUP, allPresent(CHAIR, TREASURY));
        QuorumVerdict exactly = Quorum.assess(three, MEETING, MINISTERIAL_GROUP, allPresent(CHAIR, TREASURY, CLG));

        assertThat(two.needed()).isEqualTo(3);
        assertThat(two.quorate()).isFalse();
        assertThat(exactly.quorate()).isTrue();
    }

    @Test
    void shouldNeedTheAtLeastNumberEvenWhenItIsBelowAMajority() {
        QuorumVerdict verdict = Quorum.assess(QuorumRule.atLeast(2), MEETING, MINISTERIAL_GROUP,
                allPresent(CHAIR, TREASURY));

        assertThat(verdict.seats()).isEqualTo(9);
        assertThat(verdict.quorate()).isTrue();
    }

    @Test
    void shouldNotBeQuorateWhenAnAtLeastRuleNamesMoreSeatsThanTheGroupHas() {
        List<Seat> two = List.of(CHAIR, TREASURY);

        QuorumVerdict verdict = Quorum.assess(QuorumRule.atLeast(3), MEETING, two, allPresent(CHAIR, TREASURY));

        assertThat(verdict.needed()).isEqualTo(3);
        assertThat(verdict.quorate()).isFalse();
    }

    @Test
    void shouldCountAStandInTowardsAnAtLeastRule() {
        QuorumVerdict verdict = Quorum.assess(QuorumRule.atLeast(3), MEETING, MINISTERIAL_GROUP,
                List.of(present(CHAIR), present(TREASURY), represented(EATON, PARSONS)));

        assertThat(verdict.counted()).isEqualTo(3);
        assertThat(verdict.quorate()).isTrue();
    }
}
