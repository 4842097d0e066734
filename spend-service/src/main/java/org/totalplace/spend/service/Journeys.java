package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.Journey;
import org.totalplace.spend.domain.JourneyComparison;
import org.totalplace.spend.domain.JourneyContact;
import org.totalplace.spend.domain.JourneyRules;
import org.totalplace.spend.domain.JourneyTerms;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.PlannedContact;
import org.totalplace.spend.domain.RedesignProposal;
import org.totalplace.spend.domain.Refusal;
import org.totalplace.spend.events.JourneyCosted;
import org.totalplace.spend.events.Outbox;

/**
 * A pilot's service-user journeys (customer insight): recorded, revised whole, compared with their redesigns. Each
 * change publishes {@code journey-costed.v1} with the costing, keyed by the pilot. Reads the count to derive unit
 * costs; never writes it.
 */
@ApplicationScoped
public class Journeys {

    /** A redesigned journey against the journey it redesigns. */
    public record Comparison(Journey today, Journey redesigned, JourneyComparison comparison) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;
    private final JourneyInputs inputs;

    Journeys(Outbox outbox, Clock clock, EntityManager entityManager, JourneyInputs inputs) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
        this.inputs = inputs;
    }

    @Transactional
    public Journey record(String pilotRef, JourneyTerms terms, List<PlannedContact> planned) {
        KnownPilot pilot = pilot(pilotRef);
        List<JourneyContact> contacts = accepted(pilot.pilotId(), null, terms, planned);
        Journey journey = Journey.record(UUID.randomUUID(), pilot.pilotId(), terms, contacts, clock.instant());
        journey.persist();
        entityManager.flush();
        outbox.record(JourneyCosted.TYPE, pilot.pilotId(), JourneyCosted.of(journey, JourneyCosted.Change.RECORDED));
        return journey;
    }

    /** Replaces the terms and every contact, if the client read the stored version; derived costs are derived again. */
    @Transactional
    public Journey revise(UUID id, long expectedVersion, JourneyTerms terms, List<PlannedContact> planned) {
        Journey journey = require(id);
        if (journey.version() != expectedVersion) {
            throw new PreconditionFailedException("The journey is at version " + journey.version() + ", not "
                    + expectedVersion + "; read it again");
        }
        List<JourneyContact> contacts = accepted(journey.pilotId(), journey.id(), terms, planned);
        journey.revise(terms, contacts, clock.instant());
        entityManager.flush();
        outbox.record(JourneyCosted.TYPE, journey.pilotId(), JourneyCosted.of(journey, JourneyCosted.Change.REVISED));
        return journey;
    }

    /** One page of a pilot's journeys, newest first. */
    @Transactional
    public Page<Journey> list(String pilotRef, int page, int size) {
        KnownPilot pilot = pilot(pilotRef);
        var query = Journey.<Journey>find("pilotId = ?1 order by createdAt desc, id", pilot.pilotId());
        return new Page<>(query.page(page, size).list(), query.count());
    }

    @Transactional
    public Journey require(UUID id) {
        Journey journey = Journey.findById(id);
        if (journey == null) {
            throw new NotFoundException("No journey has the id '" + id + "'");
        }
        return journey;
    }

    /** A redesigned journey against the one it redesigns; a journey as it is today has nothing to compare (409). */
    @Transactional
    public Comparison comparison(UUID id) {
        Journey redesigned = require(id);
        if (!redesigned.isRedesign()) {
            throw new ConflictException("The journey redesigns no other journey: compare a redesigned journey, "
                    + "which names the journey it redesigns", List.of(new Violation("redesigns", "is null")));
        }
        Journey today = require(redesigned.redesigns());
        List<Refusal> refusals = new ArrayList<>();
        comparable(today.terms(), redesigned.terms(), refusals);
        if (!refusals.isEmpty()) {
            throw new ConflictException("The journeys can no longer be compared: " + refusals.get(0).message(),
                    refusals.stream().map(r -> new Violation(r.field(), r.message())).toList());
        }
        return new Comparison(today, redesigned, JourneyComparison.of(today.costing(), redesigned.costing()));
    }

    private List<JourneyContact> accepted(UUID pilotId, UUID self, JourneyTerms terms, List<PlannedContact> planned) {
        List<Refusal> refusals = new ArrayList<>(JourneyRules.check(terms, planned));
        checkRedesign(pilotId, self, terms, refusals);
        List<JourneyContact> contacts = refusals.isEmpty() ? inputs.contacts(pilotId, terms, planned, refusals)
                : List.of();
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("The journey cannot be costed: " + refusals.get(0).field() + " "
                    + refusals.get(0).message() + (refusals.size() > 1 ? " (and " + (refusals.size() - 1)
                    + " more in errors)" : ""),
                    refusals.stream().map(r -> new Violation(r.field(), r.message())).toList());
        }
        return contacts;
    }

    /**
     * A redesign names a journey of the same pilot as it is today (not itself a redesign, so there are no chains),
     * in the same year and price basis; a journey that others redesign cannot become a redesign. A redesign
     * proposal, if named, is one of the pilot's.
     */
    private static void checkRedesign(UUID pilotId, UUID self, JourneyTerms terms, List<Refusal> refusals) {
        if (terms.redesigns() != null) {
            Journey today = Journey.findById(terms.redesigns());
            if (today == null || !today.pilotId().equals(pilotId)) {
                refusals.add(new Refusal("redesigns", "names no journey of this pilot"));
            } else if (today.id().equals(self)) {
                refusals.add(new Refusal("redesigns", "must name another journey, not this one"));
            } else if (today.isRedesign()) {
                refusals.add(new Refusal("redesigns", "names a journey that is itself a redesign (of "
                        + today.redesigns() + "): name the journey as it is today"));
            } else {
                comparable(today.terms(), terms, refusals);
            }
            if (self != null && Journey.count("redesigns", self) > 0) {
                refusals.add(new Refusal("redesigns", "must be null: other journeys redesign this one, so it is a "
                        + "journey as it is today"));
            }
        }
        if (self != null) {
            for (Journey redesign : Journey.<Journey>list("redesigns", self)) {
                if (!redesign.terms().year().equals(terms.year())
                        || !redesign.terms().priceBasis().equals(terms.priceBasis())) {
                    refusals.add(new Refusal("financialYear", "must stay " + redesign.terms().year() + " at "
                            + redesign.terms().priceBasis() + ": journey " + redesign.id() + " redesigns this one "
                            + "and is costed so"));
                    break;
                }
            }
        }
        if (terms.redesignProposalId() != null) {
            RedesignProposal proposal = RedesignProposal.findById(terms.redesignProposalId());
            if (proposal == null || !proposal.pilotId().equals(pilotId)) {
                refusals.add(new Refusal("redesignProposalId", "names no redesign proposal of this pilot"));
            } else if (terms.redesigns() == null) {
                refusals.add(new Refusal("redesignProposalId", "is for a redesigned journey: name the journey it "
                        + "redesigns too"));
            }
        }
    }

    private static void comparable(JourneyTerms today, JourneyTerms redesigned, List<Refusal> refusals) {
        if (!today.year().equals(redesigned.year())) {
            refusals.add(new Refusal("financialYear", "must be " + today.year() + ", the year of the journey it "
                    + "redesigns, so the two are costed alike"));
        }
        if (!today.priceBasis().equals(redesigned.priceBasis())) {
            refusals.add(new Refusal("priceBasis", "must be " + today.priceBasis() + ", the price basis of the "
                    + "journey it redesigns, so the two are costed alike"));
        }
    }

    /** A pilot known from pilots-service's events, by id or code; any other reference names no pilot (404). */
    private static KnownPilot pilot(String ref) {
        KnownPilot pilot;
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
