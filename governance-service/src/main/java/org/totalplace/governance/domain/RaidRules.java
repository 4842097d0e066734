package org.totalplace.governance.domain;

/**
 * Rules of the RAID log. Pure.
 *
 * <p>A risk has a probability: it may or may not happen. An issue has happened, so a probability for it is a
 * mistake, not extra detail. A closed entry is final: reopening or editing it would rewrite the record of what
 * the programme knew when it closed it; a new risk is recorded instead.
 */
public final class RaidRules {

    public static final String PROBABILITY = "probability";
    public static final String STATUS = "status";

    private RaidRules() {
    }

    public static RuleDecision checkProbability(RaidKind kind, Integer probability) {
        if (kind == RaidKind.RISK && probability == null) {
            return RuleDecision.reject(PROBABILITY, "a RISK needs a probability from 1 to 5");
        }
        if (kind == RaidKind.ISSUE && probability != null) {
            return RuleDecision.reject(PROBABILITY, "an ISSUE has already happened, so it has no probability");
        }
        return RuleDecision.allow();
    }

    /** May an entry in {@code status} be changed or closed? */
    public static RuleDecision checkChange(RaidStatus status) {
        if (status == RaidStatus.CLOSED) {
            return RuleDecision.reject(STATUS, "the entry is CLOSED, which is final; record a new one instead");
        }
        return RuleDecision.allow();
    }
}
