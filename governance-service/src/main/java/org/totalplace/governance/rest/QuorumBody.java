package org.totalplace.governance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.QuorumKind;
import org.totalplace.governance.domain.QuorumRule;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.service.RuleViolationException;

/** A group's quorum rule, as sent and as shown. */
@Schema(name = "Quorum", description = "MAJORITY: more than half of the voting seats (chair, vice-chair, members) "
        + "in post on the meeting date; AT_LEAST: that many of them, named in seats")
public record QuorumBody(
        @Schema(example = "AT_LEAST")
        @NotNull
        QuorumKind kind,

        @Schema(description = "For AT_LEAST, how many seats; absent or null for MAJORITY", nullable = true, example = "3")
        @Min(1) @Max(500)
        Integer seats) {

    static QuorumBody of(QuorumRule rule) {
        return new QuorumBody(rule.kind(), rule.seats());
    }

    /** @throws RuleViolationException (field {@code quorum.seats}) when seats do not fit the kind */
    QuorumRule rule() {
        RuleDecision decision = QuorumRule.check(kind, seats);
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
        return new QuorumRule(kind, seats);
    }
}
