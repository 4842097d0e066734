package org.totalplace.reporting.domain;

/** The answer of {@link AccessRules}: allowed, or refused with a reason the caller can act on. */
public record AccessDecision(boolean allowed, String reason) {

    private static final AccessDecision ALLOWED = new AccessDecision(true, null);

    public static AccessDecision allow() {
        return ALLOWED;
    }

    public static AccessDecision refuse(String reason) {
        return new AccessDecision(false, reason);
    }
}
