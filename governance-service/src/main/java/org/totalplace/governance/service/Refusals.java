package org.totalplace.governance.service;

import java.util.List;
import org.totalplace.governance.domain.RuleDecision;

/** How the services turn a rule's refusal of a change of state into a 409 naming the field and the reason. */
final class Refusals {

    private Refusals() {
    }

    static void conflictIfRejected(RuleDecision decision) {
        if (decision.rejected()) {
            throw new ConflictException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
    }
}
