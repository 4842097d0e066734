package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2009-09-30T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), 12, 0.2);

    @Test
    void shouldDoubleThePauseAfterEachFailureUpToTheCap() {
        // no jitter taken off (random 0): 5 s, 10 s, 20 s, ... 2560 s, then the 1 h cap
        assertThat(policy.pause(1, 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.pause(2, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.pause(3, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.pause(10, 0)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(policy.pause(11, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.pause(60, 0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldTakeOffAtMostTheJitterShareSoPausesStillGrow() {
        // random just under 1 takes off almost 20%: 5 s -> 4 s; the next pause at its shortest is 8 s
        assertThat(policy.pause(1, 0.999_999)).isBetween(Duration.ofMillis(4000), Duration.ofMillis(4001));
        assertThat(policy.pause(2, 0.999_999)).isGreaterThan(policy.pause(1, 0));
        assertThat(policy.pause(2, 0.5)).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void shouldRetryUntilTheLastAttemptThenGiveUp() {
        assertThat(policy.afterFailure(1, NOW, () -> 0))
                .isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(5)));
        assertThat(policy.afterFailure(11, NOW, () -> 0))
                .isEqualTo(new RetryPolicy.RetryAt(NOW.plus(Duration.ofHours(1))));
        assertThat(policy.afterFailure(12, NOW, () -> 0)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void rejectsAPolicyThatCouldNotGrow() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), 3, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), 3, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
