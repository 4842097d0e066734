package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    private static final Instant REACHED = Instant.parse("2009-10-01T09:00:00Z");
    private static final EscalationPolicy POLICY = new EscalationPolicy(Map.of(
            EscalationTier.PILOT, Duration.ofDays(14),
            EscalationTier.GOVERNMENT_OFFICE, Duration.ofDays(14),
            EscalationTier.OFFICIALS_GROUP, Duration.ofDays(30),
            EscalationTier.MINISTERIAL_GROUP, Duration.ofDays(30)));

    @Test
    void shouldNotCountABarrierOverdueUpToItsTiersTarget() {
        Instant exactlyAtTarget = REACHED.plus(Duration.ofDays(14));
        assertThat(POLICY.overdue(BarrierStatus.OPEN, EscalationTier.PILOT, REACHED, exactlyAtTarget)).isFalse();
        assertThat(POLICY.escalatesByRule(BarrierStatus.OPEN, EscalationTier.PILOT, REACHED, exactlyAtTarget)).isFalse();
    }

    @Test
    void shouldEscalateAnOpenBarrierPastItsTiersTarget() {
        Instant justAfter = REACHED.plus(Duration.ofDays(14)).plusSeconds(1);
        assertThat(POLICY.escalatesByRule(BarrierStatus.OPEN, EscalationTier.PILOT, REACHED, justAfter)).isTrue();
    }

    @Test
    void shouldMeasureEachTierAgainstItsOwnTarget() {
        Instant twentyDaysOn = REACHED.plus(Duration.ofDays(20));
        assertThat(POLICY.escalatesByRule(BarrierStatus.OPEN, EscalationTier.GOVERNMENT_OFFICE, REACHED, twentyDaysOn))
                .isTrue();
        assertThat(POLICY.escalatesByRule(BarrierStatus.OPEN, EscalationTier.OFFICIALS_GROUP, REACHED, twentyDaysOn))
                .isFalse();
    }

    @Test
    void shouldFlagAnOverdueBarrierAtTheMinisterialGroupWithoutEscalatingIt() {
        Instant longAfter = REACHED.plus(Duration.ofDays(90));
        assertThat(POLICY.overdue(BarrierStatus.OPEN, EscalationTier.MINISTERIAL_GROUP, REACHED, longAfter)).isTrue();
        assertThat(POLICY.escalatesByRule(BarrierStatus.OPEN, EscalationTier.MINISTERIAL_GROUP, REACHED, longAfter))
                .isFalse();
    }

    @Test
    void shouldNeverCountADecidedBarrierOverdue() {
        Instant longAfter = REACHED.plus(Duration.ofDays(90));
        assertThat(POLICY.overdue(BarrierStatus.RESOLVED, EscalationTier.PILOT, REACHED, longAfter)).isFalse();
        assertThat(POLICY.escalatesByRule(BarrierStatus.DECLINED, EscalationTier.PILOT, REACHED, longAfter)).isFalse();
    }

    @Test
    void shouldGiveTheTiersTargetInTheReason() {
        assertThat(POLICY.reasonFor(EscalationTier.OFFICIALS_GROUP)).isEqualTo("no response within 30 days");
    }

    @Test
    void shouldRefuseAPolicyMissingATier() {
        assertThatThrownBy(() -> new EscalationPolicy(Map.of(EscalationTier.PILOT, Duration.ofDays(14))))
                .hasMessageContaining("GOVERNMENT_OFFICE");
    }
}
