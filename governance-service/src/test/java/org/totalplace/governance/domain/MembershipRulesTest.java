package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipRulesTest {

    private static final LocalDate BUDGET_2009 = LocalDate.of(2009, 4, 22);
    private static final LocalDate BUDGET_2010 = LocalDate.of(2010, 3, 24);
    private static final UUID EATON = UUID.fromString("7b3f5d2e-9c4a-4f6b-8d8e-2a3b4c5d6e7f");

    private static MembershipTerms post(String post, MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipTerms(null, post, role, null, null, from, to);
    }

    private static MembershipTerms alternate(UUID standsInFor, LocalDate from, LocalDate to) {
        return new MembershipTerms("Cllr David Parsons", null, MembershipRole.ALTERNATE, standsInFor, "LGA", from, to);
    }

    private static MembershipRules.Held eaton(MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipRules.Held(EATON, "Cllr Margaret Eaton", role, new Tenure(from, to));
    }

    // --- person or post ---------------------------------------------------------------------------

    @Test
    void shouldAllowAMembershipHeldByAPost() {
        assertThat(MembershipRules.checkHolder(post("Chief Secretary to the Treasury", MembershipRole.MEMBER,
                BUDGET_2009, null)).allowed()).isTrue();
    }

    @Test
    void shouldAllowAMembershipHeldByAPerson() {
        assertThat(MembershipRules.checkHolder(alternate(EATON, BUDGET_2009, null)).allowed()).isTrue();
    }

    @Test
    void shouldRejectAMembershipNamingBothPersonAndPost() {
        RuleDecision decision = MembershipRules.checkHolder(new MembershipTerms("Cllr Margaret Eaton",
                "Chairman of the LGA", MembershipRole.MEMBER, null, "LGA", BUDGET_2009, null));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("person");
        assertThat(decision.reason()).contains("not both");
    }

    @Test
    void shouldRejectAMembershipNamingNeitherPersonNorPost() {
        RuleDecision decision = MembershipRules.checkHolder(new MembershipTerms(" ", null, MembershipRole.MEMBER,
                null, "LGA", BUDGET_2009, null));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("person");
        assertThat(decision.reason()).contains("person or a post");
    }

    // --- dates ------------------------------------------------------------------------------------

    @Test
    void shouldAllowAMembershipEndingOnTheDayItStarted() {
        assertThat(MembershipRules.checkEnd(BUDGET_2009, BUDGET_2009).allowed()).isTrue();
        assertThat(MembershipRules.checkEnd(BUDGET_2009, null).allowed()).isTrue();
    }

    @Test
    void shouldRejectAMembershipEndingBeforeItStarted() {
        RuleDecision decision = MembershipRules.checkEnd(BUDGET_2009, BUDGET_2009.minusDays(1));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("to");
        assertThat(decision.reason()).contains("2009-04-22");
    }

    // --- one chair at a time ----------------------------------------------------------------------

    @Test
    void shouldRejectASecondChairOverlappingTheCurrentOneNamingIt() {
        MembershipRules.Held bichard = new MembershipRules.Held(UUID.randomUUID(), "Lord Michael Bichard",
                MembershipRole.CHAIR, new Tenure(BUDGET_2009, null));

        RuleDecision decision = MembershipRules.checkOneChair(
                new MembershipTerms("Sir Gus O'Donnell", null, MembershipRole.CHAIR, null, null,
                        LocalDate.of(2009, 10, 1), null),
                List.of(bichard));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("role");
        assertThat(decision.reason()).contains("Lord Michael Bichard").contains("2009-04-22");
    }

    @Test
    void shouldAllowANewChairFromTheDayAfterThePreviousChairLeft() {
        MembershipRules.Held previous = new MembershipRules.Held(UUID.randomUUID(), "Lord Michael Bichard",
                MembershipRole.CHAIR, new Tenure(BUDGET_2009, LocalDate.of(2009, 12, 31)));

        assertThat(MembershipRules.checkOneChair(post("Permanent Secretary, CLG", MembershipRole.CHAIR,
                LocalDate.of(2010, 1, 1), null), List.of(previous)).allowed()).isTrue();
        assertThat(MembershipRules.checkOneChair(post("Permanent Secretary, CLG", MembershipRole.CHAIR,
                LocalDate.of(2009, 12, 31), null), List.of(previous)).rejected()).isTrue();
    }

    @Test
    void shouldAllowAViceChairAndMembersAlongsideTheChair() {
        MembershipRules.Held chair = new MembershipRules.Held(UUID.randomUUID(), "Lord Michael Bichard",
                MembershipRole.CHAIR, new Tenure(BUDGET_2009, null));

        assertThat(MembershipRules.checkOneChair(post("Director General, CLG", MembershipRole.VICE_CHAIR,
                BUDGET_2009, null), List.of(chair)).allowed()).isTrue();
        assertThat(MembershipRules.checkOneChair(post("Director General, HM Treasury", MembershipRole.MEMBER,
                BUDGET_2009, null), List.of(chair)).allowed()).isTrue();
    }

    // --- alternates -------------------------------------------------------------------------------

    @Test
    void shouldAllowAnAlternateForAMemberWhoseMembershipCoversItsPeriod() {
        assertThat(MembershipRules.checkAlternate(alternate(EATON, BUDGET_2009, null),
                Optional.of(eaton(MembershipRole.MEMBER, BUDGET_2009, null))).allowed()).isTrue();
        assertThat(MembershipRules.checkAlternate(alternate(EATON, LocalDate.of(2009, 6, 1), BUDGET_2010),
                Optional.of(eaton(MembershipRole.CHAIR, BUDGET_2009, BUDGET_2010))).allowed()).isTrue();
    }

    @Test
    void shouldRejectAnAlternateNamingNoMembershipOfTheGroup() {
        RuleDecision decision = MembershipRules.checkAlternate(alternate(EATON, BUDGET_2009, null), Optional.empty());

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("alternateFor");
        assertThat(decision.reason()).contains(EATON.toString());
    }

    @Test
    void shouldRejectAnAlternateWithoutAlternateFor() {
        RuleDecision decision = MembershipRules.checkAlternate(alternate(null, BUDGET_2009, null), Optional.empty());

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("alternateFor");
        assertThat(decision.reason()).contains("must name");
    }

    @ParameterizedTest
    @EnumSource(value = MembershipRole.class, names = "ALTERNATE", mode = EnumSource.Mode.EXCLUDE)
    void shouldRejectAlternateForOnAnyRoleButAlternate(MembershipRole role) {
        RuleDecision decision = MembershipRules.checkAlternate(
                new MembershipTerms("Cllr David Parsons", null, role, EATON, "LGA", BUDGET_2009, null),
                Optional.of(eaton(MembershipRole.MEMBER, BUDGET_2009, null)));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("alternateFor");
        assertThat(decision.reason()).contains("only an ALTERNATE");
    }

    @ParameterizedTest
    @EnumSource(value = MembershipRole.class, names = {"MEMBER", "CHAIR"}, mode = EnumSource.Mode.EXCLUDE)
    void shouldRejectAnAlternateForSomeoneWhoIsNotAMemberOrTheChair(MembershipRole role) {
        RuleDecision decision = MembershipRules.checkAlternate(alternate(EATON, BUDGET_2009, null),
                Optional.of(eaton(role, BUDGET_2009, null)));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("alternateFor");
        assertThat(decision.reason()).contains(role.name()).contains("MEMBER or the CHAIR");
    }

    @Test
    void shouldRejectAnAlternateWhosePeriodOutlastsTheMembersOwn() {
        RuleDecision openEnded = MembershipRules.checkAlternate(alternate(EATON, BUDGET_2009, null),
                Optional.of(eaton(MembershipRole.MEMBER, BUDGET_2009, BUDGET_2010)));
        RuleDecision startsEarlier = MembershipRules.checkAlternate(alternate(EATON, BUDGET_2009.minusDays(1), null),
                Optional.of(eaton(MembershipRole.MEMBER, BUDGET_2009, null)));

        assertThat(openEnded.rejected()).isTrue();
        assertThat(openEnded.field()).isEqualTo("alternateFor");
        assertThat(openEnded.reason()).contains("does not cover").contains("2010-03-24");
        assertThat(startsEarlier.rejected()).isTrue();
    }

    @Test
    void shouldRefuseToEndAMemberWhileAnAlternateWouldOutlastIt() {
        MembershipRules.Held parsons = new MembershipRules.Held(UUID.randomUUID(), "Cllr David Parsons",
                MembershipRole.ALTERNATE, new Tenure(BUDGET_2009, null));

        RuleDecision decision = MembershipRules.checkEndWithAlternates(BUDGET_2010, List.of(parsons));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("to");
        assertThat(decision.reason()).contains("Cllr David Parsons").contains("2010-03-24");
    }

    @Test
    void shouldAllowEndingAMemberWhoseAlternatesEndedNoLater() {
        MembershipRules.Held parsons = new MembershipRules.Held(UUID.randomUUID(), "Cllr David Parsons",
                MembershipRole.ALTERNATE, new Tenure(BUDGET_2009, BUDGET_2010));

        assertThat(MembershipRules.checkEndWithAlternates(BUDGET_2010, List.of(parsons)).allowed()).isTrue();
        assertThat(MembershipRules.checkEndWithAlternates(BUDGET_2010.minusDays(1), List.of(parsons)).rejected())
                .isTrue();
        assertThat(MembershipRules.checkEndWithAlternates(BUDGET_2010, List.of()).allowed()).isTrue();
    }

    // --- tenure -----------------------------------------------------------------------------------

    @Test
    void shouldCountBothEndsOfATenureAsItsDays() {
        Tenure tenure = new Tenure(BUDGET_2009, BUDGET_2010);

        assertThat(tenure.includes(BUDGET_2009)).isTrue();
        assertThat(tenure.includes(BUDGET_2010)).isTrue();
        assertThat(tenure.includes(BUDGET_2010.plusDays(1))).isFalse();
        assertThat(tenure.overlaps(new Tenure(BUDGET_2010, null))).isTrue();
        assertThat(tenure.overlaps(new Tenure(BUDGET_2010.plusDays(1), null))).isFalse();
        assertThatThrownBy(() -> new Tenure(BUDGET_2010, BUDGET_2009)).isInstanceOf(IllegalArgumentException.class);
    }
}
