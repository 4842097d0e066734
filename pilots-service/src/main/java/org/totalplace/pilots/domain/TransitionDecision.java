package org.totalplace.pilots.domain;

import java.util.Objects;

/**
 * The answer of a timetable rule: allowed, or rejected because of one named field, with the reason.
 *
 * @param allowed whether the change may go ahead
 * @param field   what the rejection is about ({@code phase}, {@code state}, {@code sections}); null when allowed
 * @param reason  why it was rejected, in words a user can act on; null when allowed
 */
public record TransitionDecision(boolean allowed, String field, String reason) {

    private static final TransitionDecision ALLOWED = new TransitionDecision(true, null, null);

    public TransitionDecision {
        if (!allowed) {
            Objects.requireNonNull(field, "a rejection names its field");
            Objects.requireNonNull(reason, "a rejection gives its reason");
        }
    }

    public static TransitionDecision allow() {
        return ALLOWED;
    }

    public static TransitionDecision reject(String field, String reason) {
        return new TransitionDecision(false, field, reason);
    }

    public boolean rejected() {
        return !allowed;
    }
}
