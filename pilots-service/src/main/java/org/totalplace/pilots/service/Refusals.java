package org.totalplace.pilots.service;

import java.util.List;
import org.totalplace.pilots.domain.RuleDecision;

/** Turns rule decisions into the refusal the client gets: 422 for a broken rule, 409 for a clash with what is stored. */
final class Refusals {

    private Refusals() {
    }

    /** @throws RuleViolationException naming every rejected field */
    static void ruleViolations(String detail, List<RuleDecision> rejections) {
        if (!rejections.isEmpty()) {
            throw new RuleViolationException(detail, rejections.stream()
                    .map(rejection -> new Violation(rejection.field(), rejection.reason())).toList());
        }
    }

    /** @throws RuleViolationException when the decision is a rejection */
    static void ruleViolation(RuleDecision decision) {
        if (decision.rejected()) {
            throw new RuleViolationException(decision.reason(), List.of(violation(decision)));
        }
    }

    /** @throws ConflictException when the decision is a rejection */
    static void conflict(RuleDecision decision) {
        if (decision.rejected()) {
            throw new ConflictException(decision.field() + " " + decision.reason(), List.of(violation(decision)));
        }
    }

    private static Violation violation(RuleDecision decision) {
        return new Violation(decision.field(), decision.reason());
    }
}
