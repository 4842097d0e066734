package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarrierTransitionsTest {

    @Test
    void shouldAllowAnOpenBarrierToGoUpFromEveryTierBelowTheTop() {
        assertThat(BarrierTransitions.checkEscalate(BarrierStatus.OPEN, EscalationTier.PILOT).allowed()).isTrue();
        assertThat(BarrierTransitions.checkEscalate(BarrierStatus.OPEN, EscalationTier.GOVERNMENT_OFFICE).allowed()).isTrue();
        assertThat(BarrierTransitions.checkEscalate(BarrierStatus.OPEN, EscalationTier.OFFICIALS_GROUP).allowed()).isTrue();
    }

    @Test
    void shouldRejectEscalationAboveTheMinisterialGroup() {
        RuleDecision decision = BarrierTransitions.checkEscalate(BarrierStatus.OPEN, EscalationTier.MINISTERIAL_GROUP);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("tier");
        assertThat(decision.reason()).contains("highest tier");
    }

    @Test
    void shouldRejectEscalationOfADecidedBarrier() {
        RuleDecision decision = BarrierTransitions.checkEscalate(BarrierStatus.RESOLVED, EscalationTier.PILOT);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).contains("RESOLVED");
    }

    @Test
    void shouldAllowADecisionOnlyWhileOpen() {
        assertThat(BarrierTransitions.checkDecide(BarrierStatus.OPEN).allowed()).isTrue();
        RuleDecision again = BarrierTransitions.checkDecide(BarrierStatus.DECLINED);
        assertThat(again.rejected()).isTrue();
        assertThat(again.reason()).contains("already DECLINED");
    }

    @Test
    void shouldClimbTheTiersInOrderAndStopAtTheTop() {
        assertThat(EscalationTier.PILOT.next()).contains(EscalationTier.GOVERNMENT_OFFICE);
        assertThat(EscalationTier.GOVERNMENT_OFFICE.next()).contains(EscalationTier.OFFICIALS_GROUP);
        assertThat(EscalationTier.OFFICIALS_GROUP.next()).contains(EscalationTier.MINISTERIAL_GROUP);
        assertThat(EscalationTier.MINISTERIAL_GROUP.next()).isEmpty();
    }
}
