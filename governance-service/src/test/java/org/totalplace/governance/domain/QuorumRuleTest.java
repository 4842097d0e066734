package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuorumRuleTest {

    @Test
    void shouldAllowAMajorityWithoutSeatsAndAnAtLeastWithThem() {
        assertThat(QuorumRule.check(QuorumKind.MAJORITY, null).allowed()).isTrue();
        assertThat(QuorumRule.check(QuorumKind.AT_LEAST, 1).allowed()).isTrue();
    }

    @Test
    void shouldRejectAnAtLeastRuleWithoutAPositiveNumberOfSeats() {
        for (Integer seats : new Integer[] {null, 0, -2}) {
            RuleDecision decision = QuorumRule.check(QuorumKind.AT_LEAST, seats);

            assertThat(decision.rejected()).as("seats %s", seats).isTrue();
            assertThat(decision.field()).isEqualTo("quorum.seats");
        }
    }

    @Test
    void shouldRejectAMajorityNamingSeats() {
        RuleDecision decision = QuorumRule.check(QuorumKind.MAJORITY, 4);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("give no seats");
    }

    @Test
    void shouldRefuseToBuildARuleTheCheckRejects() {
        assertThatThrownBy(() -> new QuorumRule(QuorumKind.AT_LEAST, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuorumRule(QuorumKind.MAJORITY, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDefaultAGroupToAMajority() {
        GroupDetails details = new GroupDetails("Officials", GroupKind.OFFICIALS, null, null, null, null);

        assertThat(details.quorum()).isEqualTo(QuorumRule.majority());
    }
}
