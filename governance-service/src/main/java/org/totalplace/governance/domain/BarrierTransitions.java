package org.totalplace.governance.domain;

/**
 * Which moves a barrier may make. Pure: no I/O, no framework. Only an open barrier moves; it climbs one
 * tier at a time and there is nothing above the ministerial group.
 */
public final class BarrierTransitions {

    public static final String STATUS = "status";
    public static final String TIER = "tier";

    private BarrierTransitions() {
    }

    public static RuleDecision checkEscalate(BarrierStatus status, EscalationTier tier) {
        if (status != BarrierStatus.OPEN) {
            return RuleDecision.reject(STATUS, "the barrier is " + status + "; only an OPEN barrier can be escalated");
        }
        if (tier.next().isEmpty()) {
            return RuleDecision.reject(TIER, "the barrier is already at " + tier
                    + ", the highest tier; it can only be resolved or declined there");
        }
        return RuleDecision.allow();
    }

    /** Resolving and declining are both decisions, and a barrier is decided once. */
    public static RuleDecision checkDecide(BarrierStatus status) {
        if (status != BarrierStatus.OPEN) {
            return RuleDecision.reject(STATUS, "the barrier is already " + status + "; a decided barrier cannot be decided again");
        }
        return RuleDecision.allow();
    }
}
