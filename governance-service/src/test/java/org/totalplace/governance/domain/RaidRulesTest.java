package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaidRulesTest {

    @Test
    void shouldAllowARiskWithAProbability() {
        assertThat(RaidRules.checkProbability(RaidKind.RISK, 3).allowed()).isTrue();
    }

    @Test
    void shouldRejectARiskWithoutAProbability() {
        RuleDecision decision = RaidRules.checkProbability(RaidKind.RISK, null);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("probability");
        assertThat(decision.reason()).contains("RISK needs a probability");
    }

    @Test
    void shouldRejectAnIssueWithAProbabilityBecauseItHasHappened() {
        RuleDecision decision = RaidRules.checkProbability(RaidKind.ISSUE, 2);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("probability");
        assertThat(decision.reason()).contains("already happened");
    }

    @Test
    void shouldAllowAnIssueWithoutAProbability() {
        assertThat(RaidRules.checkProbability(RaidKind.ISSUE, null).allowed()).isTrue();
    }

    @Test
    void shouldAllowChangingAnOpenEntryButNotAClosedOne() {
        assertThat(RaidRules.checkChange(RaidStatus.OPEN).allowed()).isTrue();
        RuleDecision closed = RaidRules.checkChange(RaidStatus.CLOSED);
        assertThat(closed.rejected()).isTrue();
        assertThat(closed.field()).isEqualTo("status");
        assertThat(closed.reason()).contains("final");
    }
}
