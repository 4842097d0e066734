package org.totalplace.pilots.domain;

import java.util.Objects;

/**
 * The answer of a rule: allowed, or rejected because of one named field.
 *
 * @param allowed whether the change may go ahead
 * @param field   the request field the rejection is about (null when allowed)
 * @param reason  why it was rejected, in words a user can act on (null when allowed)
 */
public record RuleDecision(boolean allowed, String field, String reason) {

    private static final RuleDecision ALLOWED = new RuleDecision(true, null, null);

    public RuleDecision {
        if (!allowed) {
            Objects.requireNonNull(field, "a rejection names its field");
            Objects.requireNonNull(reason, "a rejection gives its reason");
        }
    }

    public static RuleDecision allow() {
        return ALLOWED;
    }

    public static RuleDecision reject(String field, String reason) {
        return new RuleDecision(false, field, reason);
    }

    public boolean rejected() {
        return !allowed;
    }
}
