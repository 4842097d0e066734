package org.totalplace.reporting.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff with jitter. After the n-th failed attempt the pause
 * is {@code initial * 2^(n-1)}, capped at {@code max}, then shortened by a random part of up to {@code jitter}
 * (0.2 = up to 20%) so that many deliveries failing together do not all come back at the same instant. Because
 * the jitter is under half, each pause is still longer than the one before until the cap. After
 * {@code maxAttempts} attempts in all the delivery has failed.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts, double jitter) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, got " + maxAttempts);
        }
        if (jitter < 0 || jitter >= 0.5) {
            throw new IllegalArgumentException("jitter must be from 0 up to (not including) 0.5, got " + jitter);
        }
    }

    /** What to do after a failed attempt. */
    public sealed interface Next permits RetryAt, GiveUp {
    }

    public record RetryAt(Instant at) implements Next {
    }

    public record GiveUp() implements Next {
    }

    /**
     * @param attemptsSoFar attempts made, including the one that just failed (1 after the first)
     * @param random        a number in [0, 1)
     */
    public Next afterFailure(int attemptsSoFar, Instant now, DoubleSupplier random) {
        if (attemptsSoFar >= maxAttempts) {
            return new GiveUp();
        }
        return new RetryAt(now.plus(pause(attemptsSoFar, random.getAsDouble())));
    }

    /** The pause after the given number of failed attempts, before jitter is taken off at {@code random}. */
    public Duration pause(int attemptsSoFar, double random) {
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 40);
        long full = initialMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, initialMillis << doublings);
        long cut = (long) (full * jitter * random);
        return Duration.ofMillis(full - cut);
    }
}
