package org.totalplace.governance.service;

import java.util.List;
import org.totalplace.governance.domain.RuleDecision;

/** A domain rule rejected the request although every field is well formed (422, {@code rule-violation}). */
public class RuleViolationException extends ServiceException {

    public RuleViolationException(String detail, List<Violation> violations) {
        super(detail, violations);
    }

    public static RuleViolationException of(RuleDecision decision) {
        if (decision.allowed()) {
            throw new IllegalArgumentException("an allowed decision is not a violation");
        }
        return new RuleViolationException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
    }
}
