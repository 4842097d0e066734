package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

    private static final LocalDate JUNE_2009 = LocalDate.parse("2009-06-01");
    private static final LocalDate MARCH_2010 = LocalDate.parse("2010-03-31");

    @Test
    void shouldLetABodyJoinAPilotItNeverBelongedTo() {
        assertThat(MembershipRules.checkJoin(List.of(), JUNE_2009, "bodyId").allowed()).isTrue();
    }

    @Test
    void shouldRejectJoiningWhileAlreadyACurrentMember() {
        RuleDecision decision = MembershipRules.checkJoin(List.of(new DateRange(JUNE_2009, null)),
                LocalDate.parse("2009-09-01"), "bodyCode");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("bodyCode");
        assertThat(decision.reason()).contains("already a current member").contains("from 2009-06-01 with no end date");
    }

    @Test
    void shouldLetABodyRejoinTheDayAfterItLeft() {
        assertThat(MembershipRules.checkJoin(List.of(new DateRange(JUNE_2009, MARCH_2010)),
                MARCH_2010.plusDays(1), "bodyId").allowed()).isTrue();
    }

    @Test
    void shouldRejectARejoinThatOverlapsAnEarlierMembership() {
        RuleDecision decision = MembershipRules.checkJoin(List.of(new DateRange(JUNE_2009, MARCH_2010)),
                LocalDate.parse("2010-01-01"), "bodyId");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("from");
        assertThat(decision.reason()).contains("from 2009-06-01 to 2010-03-31").contains("2010-04-01 or later");
    }

    @Test
    void shouldRejectABackdatedJoinBeforeAnEarlierMembership() {
        RuleDecision decision = MembershipRules.checkJoin(List.of(new DateRange(JUNE_2009, MARCH_2010)),
                LocalDate.parse("2009-01-01"), "bodyId");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("from");
    }

    @Test
    void shouldLetACurrentMemberLeave() {
        List<DateRange> periods = List.of(new DateRange(LocalDate.parse("2008-01-01"), LocalDate.parse("2008-12-31")),
                new DateRange(JUNE_2009, null));

        assertThat(MembershipRules.checkLeave(periods, "body").allowed()).isTrue();
    }

    @Test
    void shouldRejectLeavingTwiceNamingTheDayItLeft() {
        RuleDecision decision = MembershipRules.checkLeave(List.of(new DateRange(JUNE_2009, MARCH_2010)), "body");

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("body");
        assertThat(decision.reason()).isEqualTo("is not a current member of this pilot: it already left on 2010-03-31");
    }

    @Test
    void shouldRefuseToJudgeLeavingByABodyThatNeverJoined() {
        assertThatThrownBy(() -> MembershipRules.checkLeave(List.of(), "body"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
