package org.totalplace.governance.domain;

/**
 * Which action a key product allows in which state. Pure.
 *
 * <p>Only a draft goes to a group for approval; only a product awaiting approval can be approved or rejected.
 * An approved product is final: the group's decision stands, and a changed product is a new one.
 */
public final class KeyProductTransitions {

    public static final String STATUS = "status";

    private KeyProductTransitions() {
    }

    public static RuleDecision check(KeyProductStatus from, KeyProductAction action) {
        if (from == KeyProductStatus.APPROVED) {
            return RuleDecision.reject(STATUS, "the key product is APPROVED, which is final");
        }
        return switch (action) {
            case SUBMIT_FOR_APPROVAL -> from == KeyProductStatus.DRAFT ? RuleDecision.allow()
                    : RuleDecision.reject(STATUS, "only a DRAFT can be submitted for approval; it is " + from);
            case APPROVE, REJECT -> from == KeyProductStatus.AWAITING_APPROVAL ? RuleDecision.allow()
                    : RuleDecision.reject(STATUS, "only a key product AWAITING_APPROVAL can be "
                            + (action == KeyProductAction.APPROVE ? "approved" : "rejected") + "; it is " + from);
        };
    }

    /** The state after an allowed action. */
    public static KeyProductStatus after(KeyProductAction action) {
        return switch (action) {
            case SUBMIT_FOR_APPROVAL -> KeyProductStatus.AWAITING_APPROVAL;
            case APPROVE -> KeyProductStatus.APPROVED;
            case REJECT -> KeyProductStatus.DRAFT;
        };
    }
}
