package org.totalplace.governance.domain;

import java.util.Objects;

/**
 * A group's quorum: {@link QuorumKind#MAJORITY} (the default; {@code seats} is null) or
 * {@link QuorumKind#AT_LEAST} {@code seats} voting seats.
 */
public record QuorumRule(QuorumKind kind, Integer seats) {

    public static final String SEATS = "quorum.seats";

    private static final QuorumRule MAJORITY = new QuorumRule(QuorumKind.MAJORITY, null);

    public QuorumRule {
        Objects.requireNonNull(kind, "kind");
        RuleDecision decision = check(kind, seats);
        if (decision.rejected()) {
            throw new IllegalArgumentException(decision.reason());
        }
    }

    public static QuorumRule majority() {
        return MAJORITY;
    }

    public static QuorumRule atLeast(int seats) {
        return new QuorumRule(QuorumKind.AT_LEAST, seats);
    }

    /** Do {@code kind} and {@code seats} make a rule? Asked before building one from a request. */
    public static RuleDecision check(QuorumKind kind, Integer seats) {
        if (kind == QuorumKind.AT_LEAST && (seats == null || seats < 1)) {
            return RuleDecision.reject(SEATS, "an AT_LEAST quorum names how many seats, 1 or more");
        }
        if (kind == QuorumKind.MAJORITY && seats != null) {
            return RuleDecision.reject(SEATS, "a MAJORITY quorum follows from the seats in post; give no seats");
        }
        return RuleDecision.allow();
    }

    /** How many seats must count for a meeting of a group with {@code votingSeats} seats in post. */
    public int needed(int votingSeats) {
        return kind == QuorumKind.MAJORITY ? votingSeats / 2 + 1 : seats;
    }
}
