package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.CashFlow;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.ProposalRules;
import org.totalplace.spend.domain.ProposalTerms;
import org.totalplace.spend.domain.RedesignProposal;
import org.totalplace.spend.domain.Refusal;
import org.totalplace.spend.events.Outbox;
import org.totalplace.spend.events.RedesignProposalChanged;
import org.totalplace.spend.events.RedesignProposalChanged.Change;

/**
 * A pilot's redesign proposals: proposed, revised whole, withdrawn. Each change publishes
 * {@code redesign-proposal-changed.v1} with the implications, keyed by the pilot. Nothing here touches the count.
 */
@ApplicationScoped
public class RedesignProposals {

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    RedesignProposals(Outbox outbox, Clock clock, EntityManager entityManager) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public RedesignProposal propose(String pilotRef, ProposalTerms terms, List<CashFlow> flows) {
        KnownPilot pilot = pilot(pilotRef);
        requireAccepted(terms, flows);
        RedesignProposal proposal = RedesignProposal.propose(UUID.randomUUID(), pilot.pilotId(), terms, flows,
                clock.instant());
        proposal.persist();
        entityManager.flush();
        outbox.record(RedesignProposalChanged.TYPE, pilot.pilotId(), RedesignProposalChanged.of(proposal,
                Change.PROPOSED));
        return proposal;
    }

    /** Replaces the terms and every flow of a proposal not withdrawn, if the client read the stored version. */
    @Transactional
    public RedesignProposal revise(UUID id, long expectedVersion, ProposalTerms terms, List<CashFlow> flows) {
        RedesignProposal proposal = current(id, expectedVersion);
        requireAccepted(terms, flows);
        proposal.revise(terms, flows, clock.instant());
        entityManager.flush();
        outbox.record(RedesignProposalChanged.TYPE, proposal.pilotId(), RedesignProposalChanged.of(proposal,
                Change.REVISED));
        return proposal;
    }

    /** Withdraws a proposal: it stays readable, marked withdrawn, and can no longer be revised. */
    @Transactional
    public RedesignProposal withdraw(UUID id, long expectedVersion, String reason) {
        RedesignProposal proposal = current(id, expectedVersion);
        proposal.withdraw(reason, clock.instant());
        entityManager.flush();
        outbox.record(RedesignProposalChanged.TYPE, proposal.pilotId(), RedesignProposalChanged.of(proposal,
                Change.WITHDRAWN));
        return proposal;
    }

    /** One page of a pilot's proposals, newest first, withdrawn ones included. */
    @Transactional
    public Page<RedesignProposal> list(String pilotRef, int page, int size) {
        KnownPilot pilot = pilot(pilotRef);
        var query = RedesignProposal.<RedesignProposal>find("pilotId = ?1 order by createdAt desc, id",
                pilot.pilotId());
        return new Page<>(query.page(page, size).list(), query.count());
    }

    @Transactional
    public RedesignProposal require(UUID id) {
        RedesignProposal proposal = RedesignProposal.findById(id);
        if (proposal == null) {
            throw new NotFoundException("No redesign proposal has the id '" + id + "'");
        }
        return proposal;
    }

    private RedesignProposal current(UUID id, long expectedVersion) {
        RedesignProposal proposal = require(id);
        if (proposal.version() != expectedVersion) {
            throw new PreconditionFailedException("The redesign proposal is at version " + proposal.version()
                    + ", not " + expectedVersion + "; read it again");
        }
        if (proposal.withdrawn()) {
            throw new ConflictException("The redesign proposal was withdrawn on " + proposal.withdrawnAt()
                    + "; propose a new one instead", List.of(new Violation("id", "is withdrawn")));
        }
        return proposal;
    }

    private static void requireAccepted(ProposalTerms terms, List<CashFlow> flows) {
        List<Refusal> refusals = ProposalRules.check(terms, flows);
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("The proposal cannot be appraised: " + refusals.get(0).field() + " "
                    + refusals.get(0).message() + (refusals.size() > 1 ? " (and " + (refusals.size() - 1)
                    + " more in errors)" : ""),
                    refusals.stream().map(r -> new Violation(r.field(), r.message())).toList());
        }
    }

    /** A pilot known from pilots-service's events, by id or code; any other reference names no pilot (404). */
    private static KnownPilot pilot(String ref) {
        KnownPilot pilot = null;
        try {
            pilot = KnownPilot.findById(UUID.fromString(ref));
        } catch (IllegalArgumentException notAUuid) {
            pilot = KnownPilot.<KnownPilot>find("code", ref).firstResult();
        }
        if (pilot == null) {
            throw new NotFoundException("No pilot " + ref + " (pilots are known from pilots-service's events)");
        }
        return pilot;
    }
}
