package org.totalplace.governance.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.BarrierDetails;
import org.totalplace.governance.domain.BarrierStep;
import org.totalplace.governance.domain.BarrierStepKind;
import org.totalplace.governance.domain.BarrierTransitions;
import org.totalplace.governance.domain.DecisionCitations;
import org.totalplace.governance.domain.EscalationPolicy;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.domain.KnownPilot;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.BarrierDeclined;
import org.totalplace.governance.events.BarrierEscalated;
import org.totalplace.governance.events.BarrierRaised;
import org.totalplace.governance.events.BarrierResolved;
import org.totalplace.governance.events.Outbox;

/**
 * Changes to barriers: each is one transaction that also records its history entry and its event (keyed by
 * pilot id). A barrier reaching a tier goes on the next meeting agenda of the group that holds that tier; a decided
 * one comes off the agendas of meetings still to be held.
 */
@ApplicationScoped
public class BarrierService {

    private static final Logger LOG = Logger.getLogger(BarrierService.class);

    private final Outbox outbox;
    private final Clock clock;
    private final EscalationPolicy policy;
    private final BarrierQueries queries;

    private final AgendaBusiness agendas;
    private final AgendaService agendaItems;
    private final DecisionQueries decisions;

    BarrierService(Outbox outbox, Clock clock, EscalationPolicy policy, BarrierQueries queries,
                   AgendaBusiness agendas, AgendaService agendaItems, DecisionQueries decisions) {
        this.outbox = outbox;
        this.agendas = agendas;
        this.agendaItems = agendaItems;
        this.decisions = decisions;
        this.clock = clock;
        this.policy = policy;
        this.queries = queries;
    }

    /** Raises a barrier for a pilot this service has heard of from pilots-service; records {@code barrier-raised}. */
    @Transactional
    public Barrier raise(BarrierDetails details) {
        if (KnownPilot.findById(details.pilotId()) == null) {
            throw new RuleViolationException("No pilot with the id " + details.pilotId() + " is known",
                    List.of(new Violation("pilotId", "is not a pilot registered with pilots-service")));
        }
        Instant now = clock.instant();
        Barrier barrier = Barrier.raise(details, now);
        barrier.persist();
        BarrierStep.of(barrier, BarrierStepKind.RAISED, false, null, null, now).persist();
        Barrier.flush();
        outbox.record(BarrierRaised.TYPE, barrier.pilotId(), BarrierRaised.of(barrier));
        agendas.placeBarrier(barrier);
        return barrier;
    }

    /** Moves the barrier up one tier by hand; records {@code barrier-escalated} with {@code automatic: false}. */
    @Transactional
    public Barrier escalate(UUID id, ExpectedVersion expected, String reason) {
        Barrier barrier = queries.require(id);
        expected.check(barrier.version());
        escalate(barrier, reason, false);
        return barrier;
    }

    /** {@code decisionId}, when not null, is the recorded meeting decision this carries out (see {@link #cite}). */
    @Transactional
    public Barrier resolve(UUID id, ExpectedVersion expected, String decision, String whitehallChange, UUID decisionId) {
        Barrier barrier = queries.require(id);
        expected.check(barrier.version());
        Refusals.conflictIfRejected(BarrierTransitions.checkDecide(barrier.status()));
        cite(barrier, decisionId);
        Instant now = clock.instant();
        barrier.resolve(decision, whitehallChange, decisionId, now);
        BarrierStep.of(barrier, BarrierStepKind.RESOLVED, false, decision, whitehallChange, now).persist();
        Barrier.flush();
        outbox.record(BarrierResolved.TYPE, barrier.pilotId(), BarrierResolved.of(barrier));
        agendaItems.withdrawDecidedBarrier(barrier.id());
        return barrier;
    }

    @Transactional
    public Barrier decline(UUID id, ExpectedVersion expected, String decision, UUID decisionId) {
        Barrier barrier = queries.require(id);
        expected.check(barrier.version());
        Refusals.conflictIfRejected(BarrierTransitions.checkDecide(barrier.status()));
        cite(barrier, decisionId);
        Instant now = clock.instant();
        barrier.decline(decision, decisionId, now);
        BarrierStep.of(barrier, BarrierStepKind.DECLINED, false, decision, null, now).persist();
        Barrier.flush();
        outbox.record(BarrierDeclined.TYPE, barrier.pilotId(), BarrierDeclined.of(barrier));
        agendaItems.withdrawDecidedBarrier(barrier.id());
        return barrier;
    }

    /**
     * Escalates every open barrier that has waited past its tier's target response time, one tier and one
     * transaction per barrier. An overdue barrier at the top tier is not dropped: it is reported (and shown as
     * overdue) until the ministerial group decides.
     */
    public EscalationRun escalateOverdue() {
        Instant now = clock.instant();
        List<Barrier> open = QuarkusTransaction.requiringNew().call(Barrier::open);
        List<UUID> escalated = new ArrayList<>();
        List<UUID> overdueAtTop = new ArrayList<>();
        for (Barrier candidate : open) {
            if (policy.escalatesByRule(candidate.status(), candidate.tier(), candidate.tierReachedAt(), now)) {
                boolean done = QuarkusTransaction.requiringNew().call(() -> escalateByRule(candidate.id(), now));
                if (done) {
                    escalated.add(candidate.id());
                }
            } else if (policy.overdue(candidate.status(), candidate.tier(), candidate.tierReachedAt(), now)) {
                overdueAtTop.add(candidate.id());
                LOG.warnf("Barrier %s is overdue at %s and has no higher tier: waiting for a decision",
                        candidate.id(), candidate.tier());
            }
        }
        return new EscalationRun(escalated, overdueAtTop);
    }

    /** Re-reads the barrier in this transaction: a person may have moved it since the list was read. */
    private boolean escalateByRule(UUID id, Instant now) {
        Barrier barrier = Barrier.findById(id);
        if (barrier == null
                || !policy.escalatesByRule(barrier.status(), barrier.tier(), barrier.tierReachedAt(), now)) {
            return false;
        }
        escalate(barrier, policy.reasonFor(barrier.tier()), true);
        return true;
    }

    private void escalate(Barrier barrier, String reason, boolean automatic) {
        Refusals.conflictIfRejected(BarrierTransitions.checkEscalate(barrier.status(), barrier.tier()));
        Instant now = clock.instant();
        EscalationTier from = barrier.escalate(now);
        BarrierStep.of(barrier, BarrierStepKind.ESCALATED, automatic, reason, null, now).persist();
        Barrier.flush();
        outbox.record(BarrierEscalated.TYPE, barrier.pilotId(), BarrierEscalated.of(barrier, from, reason, automatic));
        agendas.placeBarrier(barrier);
    }

    /**
     * A cited decision must have been taken on this barrier's agenda item at a meeting of a group that holds the
     * barrier's current tier; anything else is a 422 on decisionId.
     */
    private void cite(Barrier barrier, UUID decisionId) {
        if (decisionId == null) {
            return;
        }
        RuleDecision citation = DecisionCitations.checkForBarrier(decisions.cited(decisionId).cited(), barrier.id(),
                barrier.pilotId(), barrier.tier());
        if (citation.rejected()) {
            throw RuleViolationException.of(citation);
        }
    }
}
