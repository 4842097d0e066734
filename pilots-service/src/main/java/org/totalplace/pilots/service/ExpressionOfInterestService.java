package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.totalplace.pilots.domain.CentralDepartment;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.ExpressionOfInterestRules;
import org.totalplace.pilots.domain.ExpressionOfInterestRules.Decision;
import org.totalplace.pilots.domain.InterestDetails;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.domain.StatusChange;
import org.totalplace.pilots.events.ExpressionOfInterestEvent;
import org.totalplace.pilots.events.InterestStatusChanged;
import org.totalplace.pilots.events.Outbox;

/**
 * Receiving, correcting and reviewing expressions of interest in place-based budgets. Each change is
 * one transaction that records its event in the outbox, keyed by the expression of interest's id.
 * An illegal move in the review is a conflict (409); any other rule saying no is a rule violation (422).
 */
@ApplicationScoped
public class ExpressionOfInterestService {

    private final ExpressionOfInterestQueries queries;
    private final PilotQueries pilots;
    private final Outbox outbox;
    private final Clock clock;

    ExpressionOfInterestService(ExpressionOfInterestQueries queries, PilotQueries pilots, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.pilots = pilots;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param pilot the id or code of the pilot the place belongs to, if it is one */
    @Transactional
    public ExpressionOfInterest receive(InterestDetails details, Region region, LocalDate receivedOn,
                                        Optional<String> pilot) {
        refuseUnless(ExpressionOfInterestRules.receipt(receivedOn, today()));
        Pilot from = null;
        if (pilot.isPresent()) {
            from = pilots.find(pilot.get()).orElseThrow(() -> new RuleViolationException(
                    "An expression of interest can only name a pilot that exists",
                    List.of(new Violation("pilotId", "no pilot has the id or code '" + pilot.get() + "'"))));
            refuseUnless(ExpressionOfInterestRules.pilotRegion(region, from.region(), from.code()));
        }
        ExpressionOfInterest interest = ExpressionOfInterest.receive(details, region, receivedOn,
                from == null ? null : from.id(), clock.instant());
        interest.persist();
        flush();
        outbox.record(ExpressionOfInterestEvent.RECEIVED, interest.id(), ExpressionOfInterestEvent.of(interest));
        return interest;
    }

    /** Corrects place, lead body and summary until the expression of interest is decided. */
    @Transactional
    public ExpressionOfInterest revise(String id, ExpectedVersion expected, InterestDetails details) {
        ExpressionOfInterest interest = queries.require(id);
        expected.check(interest.version());
        conflictUnless(ExpressionOfInterestRules.edit(interest.status()));
        interest.revise(details, clock.instant());
        flush();
        outbox.record(ExpressionOfInterestEvent.UPDATED, interest.id(), ExpressionOfInterestEvent.of(interest));
        return interest;
    }

    @Transactional
    public ExpressionOfInterest startReview(String id, ExpectedVersion expected) {
        return move(id, expected, InterestStatus.UNDER_REVIEW, null);
    }

    @Transactional
    public ExpressionOfInterest forward(String id, ExpectedVersion expected, List<CentralDepartment> to, LocalDate on) {
        ExpressionOfInterest interest = load(id, expected, InterestStatus.FORWARDED);
        refuseUnless(ExpressionOfInterestRules.forwarding(to, on, interest.receivedOn(), today()));
        return recorded(interest, interest.forward(to, on, clock.instant()));
    }

    @Transactional
    public ExpressionOfInterest shortlist(String id, ExpectedVersion expected) {
        return move(id, expected, InterestStatus.SHORTLISTED, null);
    }

    @Transactional
    public ExpressionOfInterest accept(String id, ExpectedVersion expected) {
        return move(id, expected, InterestStatus.ACCEPTED, null);
    }

    @Transactional
    public ExpressionOfInterest decline(String id, ExpectedVersion expected, String reason) {
        return move(id, expected, InterestStatus.DECLINED, reason);
    }

    @Transactional
    public ExpressionOfInterest withdraw(String id, ExpectedVersion expected, String reason) {
        return move(id, expected, InterestStatus.WITHDRAWN, reason);
    }

    private ExpressionOfInterest move(String id, ExpectedVersion expected, InterestStatus to, String reason) {
        ExpressionOfInterest interest = load(id, expected, to);
        refuseUnless(ExpressionOfInterestRules.reason(to, reason));
        return recorded(interest, interest.moveTo(to, reason, clock.instant()));
    }

    /** The expression of interest, if the client has its current version and it may become {@code to}. */
    private ExpressionOfInterest load(String id, ExpectedVersion expected, InterestStatus to) {
        ExpressionOfInterest interest = queries.require(id);
        expected.check(interest.version());
        conflictUnless(ExpressionOfInterestRules.transition(interest.status(), to));
        return interest;
    }

    private ExpressionOfInterest recorded(ExpressionOfInterest interest, StatusChange change) {
        flush();
        outbox.record(InterestStatusChanged.TYPE, interest.id(), InterestStatusChanged.of(interest, change));
        return interest;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static void conflictUnless(Decision decision) {
        if (decision.rejected()) {
            throw new ConflictException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
    }

    private static void refuseUnless(Decision decision) {
        if (decision.rejected()) {
            throw new RuleViolationException(decision.field() + " " + decision.reason(),
                    List.of(new Violation(decision.field(), decision.reason())));
        }
    }

    /** Writes now, so that the version in the event is the stored one and a concurrent change is a 412, not a 500. */
    private static void flush() {
        try {
            ExpressionOfInterest.flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The expression of interest was changed by someone else meanwhile; "
                    + "read it again");
        }
    }
}
