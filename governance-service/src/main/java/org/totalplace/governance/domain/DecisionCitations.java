package org.totalplace.governance.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * When a recorded decision may be cited as the authority for a change elsewhere. Pure.
 *
 * <p>A barrier is removed or kept by the tier holding it, so the decision must come from a meeting of a group
 * that holds the barrier's current tier, taken on the agenda item about that barrier. A key product is approved
 * by the group it was submitted to, so the decision must come from a meeting of that group.
 */
public final class DecisionCitations {

    public static final String DECISION_ID = "decisionId";

    private DecisionCitations() {
    }

    /**
     * What the rules need to know of a cited decision.
     *
     * @param groupId      the group whose meeting took it
     * @param tierHeld     the escalation tier that group takes barriers of, if any
     * @param groupPilotId the pilot the group belongs to (a pilot's board), else null
     * @param barrierId    the barrier of the agenda item it was taken on, null unless a BARRIER item
     */
    public record Cited(UUID groupId, Optional<EscalationTier> tierHeld, UUID groupPilotId, UUID barrierId) {
    }

    /** May {@code decision} resolve or decline the barrier {@code barrierId} of {@code pilotId}, now at {@code tier}? */
    public static RuleDecision checkForBarrier(Cited decision, UUID barrierId, UUID pilotId, EscalationTier tier) {
        if (decision.barrierId() == null) {
            return RuleDecision.reject(DECISION_ID, "the decision was not taken on a BARRIER agenda item; "
                    + "cite the decision taken on this barrier's item");
        }
        if (!decision.barrierId().equals(barrierId)) {
            return RuleDecision.reject(DECISION_ID, "the decision is about another barrier (" + decision.barrierId() + ")");
        }
        if (decision.tierHeld().filter(tier::equals).isEmpty()) {
            return RuleDecision.reject(DECISION_ID, "the decision was taken by a group that does not hold the "
                    + "barrier's tier (" + tier + "); only that tier can decide it");
        }
        if (tier == EscalationTier.PILOT && !pilotId.equals(decision.groupPilotId())) {
            return RuleDecision.reject(DECISION_ID, "the decision was taken by another pilot's board");
        }
        return RuleDecision.allow();
    }

    /** May {@code decision} approve a key product awaiting approval by {@code approvingGroupId}? */
    public static RuleDecision checkForApproval(Cited decision, UUID approvingGroupId) {
        if (!decision.groupId().equals(approvingGroupId)) {
            return RuleDecision.reject(DECISION_ID, "the decision was taken at a meeting of another group; the key "
                    + "product awaits approval by group " + approvingGroupId);
        }
        return RuleDecision.allow();
    }
}
