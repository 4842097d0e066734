package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodySuccession;
import org.totalplace.pilots.domain.SuccessionKind;
import org.totalplace.pilots.domain.SuccessionRules;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PartnerBodyEvent;
import org.totalplace.pilots.events.PartnerBodySucceededEvent;

/**
 * Partner bodies renamed, merged or abolished without losing history: the succession is recorded beside the body,
 * which keeps its id; past views read the body as it was on their day (see {@link BodyLineages}).
 */
@ApplicationScoped
public class SuccessionService {

    private final PartnerBodyQueries bodies;
    private final BodyLineages lineages;
    private final Outbox outbox;
    private final Clock clock;

    SuccessionService(PartnerBodyQueries bodies, BodyLineages lineages, Outbox outbox, Clock clock) {
        this.bodies = bodies;
        this.lineages = lineages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records that the body was renamed ({@code successor} is the new name), merged into or abolished in favour of
     * another body ({@code successor} its id or code; optional for an abolition) with effect from {@code effectiveOn}.
     */
    @Transactional
    public PartnerBodySuccession succeed(String idOrCode, SuccessionKind kind, LocalDate effectiveOn, String successor,
                                         String reason) {
        PartnerBody body = bodies.require(idOrCode);
        PartnerChanges.lockBody(body);
        BodyLineage lineage = lineages.of(body);
        Refusals.conflict(SuccessionRules.checkNotEnded(lineage));
        Optional<PartnerBody> successorBody = kind == SuccessionKind.RENAMED || successor == null || successor.isBlank()
                ? Optional.empty() : Optional.of(successorBody(successor));
        Refusals.ruleViolations("The succession breaks a rule of the body's history",
                SuccessionRules.check(lineage, new SuccessionRules.Proposal(kind, effectiveOn,
                        successorBody.map(other -> new SuccessionRules.SuccessorBody(other.id(), other.name(),
                                other.establishedOn(), other.endedOn())),
                        kind == SuccessionKind.RENAMED ? successor : null)));
        PartnerBodySuccession succession = PartnerBodySuccession.record(body, kind, effectiveOn,
                successorBody.orElse(null), successor, reason, clock.instant());
        succession.persist();
        if (kind == SuccessionKind.RENAMED) {
            body.rename(successor, clock.instant());
        } else {
            body.end(effectiveOn, clock.instant());
        }
        PartnerChanges.flush("partner body");
        outbox.record(PartnerBodySucceededEvent.TYPE, body.id(), PartnerBodySucceededEvent.of(succession, body));
        if (kind == SuccessionKind.RENAMED) {
            // consumers that keep the register's names stay current without knowing the new event type
            outbox.record(PartnerBodyEvent.UPDATED, body.id(), PartnerBodyEvent.of(body));
        }
        return succession;
    }

    private PartnerBody successorBody(String idOrCode) {
        return bodies.find(idOrCode).orElseThrow(() -> new RuleViolationException(
                "The successor must be a registered partner body",
                List.of(new Violation(SuccessionRules.SUCCESSOR, "no partner body has the id or code '" + idOrCode + "'"))));
    }
}
