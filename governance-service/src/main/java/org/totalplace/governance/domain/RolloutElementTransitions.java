package org.totalplace.governance.domain;

/**
 * Which status an element's hypothesis may move to. Pure.
 *
 * <p>A proposed hypothesis is tested before anything is said about it; only a tested one is found evidenced or not
 * supported, and that finding is final: a new hypothesis is a new element record.
 */
public final class RolloutElementTransitions {

    public static final String STATUS = "status";

    private RolloutElementTransitions() {
    }

    public static RuleDecision check(RolloutElementStatus from, RolloutElementStatus to) {
        if (from.isFinal()) {
            return RuleDecision.reject(STATUS, "the hypothesis is " + from + ", which is final; record a new element"
                    + " for a new hypothesis");
        }
        if (from == to) {
            return RuleDecision.reject(STATUS, "the hypothesis is already " + from);
        }
        return switch (from) {
            case PROPOSED -> to == RolloutElementStatus.TESTING ? RuleDecision.allow()
                    : RuleDecision.reject(STATUS, "a PROPOSED hypothesis is tested first (TESTING) before it is "
                            + to);
            case TESTING -> to.isFinal() ? RuleDecision.allow()
                    : RuleDecision.reject(STATUS, "a hypothesis in TESTING ends EVIDENCED or NOT_SUPPORTED, not " + to);
            default -> throw new IllegalStateException("final statuses are handled above: " + from);
        };
    }
}
