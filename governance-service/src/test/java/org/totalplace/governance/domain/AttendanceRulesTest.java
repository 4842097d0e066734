package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

    private static final LocalDate LAUNCHED = LocalDate.of(2009, 4, 22);
    private static final LocalDate MEETING = LocalDate.of(2009, 11, 18);

    private static final Seat CHAIR = seat("Secretary of State for Communities and Local Government", MembershipRole.CHAIR);
    private static final Seat TREASURY = seat("Chief Secretary to the Treasury", MembershipRole.MEMBER);
    private static final Seat EATON = seat("Cllr Margaret Eaton", MembershipRole.MEMBER);
    private static final Seat PARSONS = new Seat(UUID.randomUUID(), "Cllr David Parsons", MembershipRole.ALTERNATE,
            EATON.membershipId(), new Tenure(LAUNCHED, null));
    private static final Seat OBSERVER = seat("Leadership Centre for Local Government", MembershipRole.OBSERVER);
    private static final List<Seat> GROUP = List.of(CHAIR, TREASURY, EATON, PARSONS, OBSERVER);

    private static Seat seat(String holder, MembershipRole role) {
        return new Seat(UUID.randomUUID(), holder, role, null, new Tenure(LAUNCHED, null));
    }

    private static AttendanceMark mark(Seat seat, AttendanceStatus status) {
        return new AttendanceMark(seat.membershipId(), status, null);
    }

    private static AttendanceMark represented(Seat seat, UUID by) {
        return new AttendanceMark(seat.membershipId(), AttendanceStatus.REPRESENTED, by);
    }

    private static RuleDecision check(AttendanceMark... entries) {
        return AttendanceRules.checkRegister(MEETING, GROUP, List.of(entries));
    }

    @Test
    void shouldAllowARegisterOfEveryKindOfEntry() {
        RuleDecision decision = check(mark(CHAIR, AttendanceStatus.PRESENT), mark(TREASURY, AttendanceStatus.ABSENT),
                represented(EATON, PARSONS.membershipId()), mark(PARSONS, AttendanceStatus.PRESENT),
                mark(OBSERVER, AttendanceStatus.APOLOGIES));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void shouldAllowAnEmptyRegister() {
        assertThat(check().allowed()).isTrue();
    }

    @Test
    void shouldRejectAMembershipOfAnotherGroupNamingItsEntry() {
        RuleDecision decision = check(mark(CHAIR, AttendanceStatus.PRESENT),
                new AttendanceMark(UUID.randomUUID(), AttendanceStatus.PRESENT, null));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[1].membershipId");
        assertThat(decision.reason()).contains("not a membership of this meeting's group");
    }

    @Test
    void shouldRejectAMembershipNotInPostOnTheMeetingDate() {
        Seat ended = new Seat(UUID.randomUUID(), "Minister for the Cabinet Office", MembershipRole.MEMBER, null,
                new Tenure(LAUNCHED, MEETING.minusDays(1)));

        RuleDecision decision = AttendanceRules.checkRegister(MEETING, List.of(CHAIR, ended),
                List.of(mark(ended, AttendanceStatus.PRESENT)));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].membershipId");
        assertThat(decision.reason()).contains("Minister for the Cabinet Office", "2009-11-17", "2009-11-18");
    }

    @Test
    void shouldRejectAMembershipListedTwice() {
        RuleDecision decision = check(mark(CHAIR, AttendanceStatus.PRESENT), mark(TREASURY, AttendanceStatus.PRESENT),
                mark(CHAIR, AttendanceStatus.ABSENT));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[2].membershipId");
        assertThat(decision.reason()).contains("entries[0]");
    }

    @Test
    void shouldRejectARepresentationByAnAlternateOfSomeoneElse() {
        RuleDecision decision = check(represented(TREASURY, PARSONS.membershipId()));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
        assertThat(decision.reason()).contains("no alternate of Chief Secretary to the Treasury");
    }

    @Test
    void shouldRejectARepresentationByAMemberWhoIsNotAnAlternate() {
        RuleDecision decision = check(represented(EATON, TREASURY.membershipId()));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
    }

    @Test
    void shouldRejectARepresentationNamingNoOne() {
        RuleDecision decision = check(represented(EATON, null));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
        assertThat(decision.reason()).contains("Cllr Margaret Eaton");
    }

    @Test
    void shouldRejectAnAlternateNamedOnAnEntryThatIsNotRepresented() {
        RuleDecision decision = check(new AttendanceMark(EATON.membershipId(), AttendanceStatus.APOLOGIES,
                PARSONS.membershipId()));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
        assertThat(decision.reason()).contains("APOLOGIES");
    }

    @Test
    void shouldRejectARepresentationByAnAlternateNotInPostOnTheMeetingDate() {
        Seat former = new Seat(UUID.randomUUID(), "Cllr David Parsons", MembershipRole.ALTERNATE, EATON.membershipId(),
                new Tenure(LAUNCHED, MEETING.minusDays(1)));

        RuleDecision decision = AttendanceRules.checkRegister(MEETING, List.of(EATON, former),
                List.of(represented(EATON, former.membershipId())));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
        assertThat(decision.reason()).contains("not in post");
    }

    @Test
    void shouldRejectARepresentationByAnAlternateTheRegisterRecordsAsAway() {
        RuleDecision decision = check(represented(EATON, PARSONS.membershipId()), mark(PARSONS, AttendanceStatus.ABSENT));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("entries[0].representedBy");
        assertThat(decision.reason()).contains("entries[1]", "ABSENT");
    }
}
