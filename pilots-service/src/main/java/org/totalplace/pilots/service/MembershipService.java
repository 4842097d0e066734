package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.totalplace.pilots.domain.DateRange;
import org.totalplace.pilots.domain.MembershipRules;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PartnerMembershipEvent;

/** Bodies joining and leaving pilots' partnerships; each change is one transaction with its event. */
@ApplicationScoped
public class MembershipService {

    private final PilotQueries pilots;
    private final PartnerBodyQueries bodies;
    private final Outbox outbox;
    private final Clock clock;

    MembershipService(PilotQueries pilots, PartnerBodyQueries bodies, Outbox outbox, Clock clock) {
        this.pilots = pilots;
        this.bodies = bodies;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The body joins the pilot {@code from} that day.
     *
     * @param bodyField the request field that named the body, for the problem if it cannot join
     */
    @Transactional
    public PartnerMembership join(String pilotIdOrCode, String bodyIdOrCode, String bodyField, LocalDate from) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerChanges.lockForChange(pilot);
        PartnerBody body = bodies.require(bodyIdOrCode);
        Refusals.conflict(MembershipRules.checkJoin(periods(pilot, body), from, bodyField));
        PartnerMembership membership = PartnerMembership.join(pilot, body, from, clock.instant());
        membership.persist();
        PartnerChanges.flush("membership");
        outbox.record(PartnerMembershipEvent.JOINED, pilot.id(), PartnerMembershipEvent.of(membership));
        return membership;
    }

    /**
     * The body's current membership of the pilot ends on {@code to}, its last day; the period stays in
     * the history.
     *
     * @param expected the version the client read, when it sent If-Match; leaving needs none, since a
     *                 body can leave only once
     */
    @Transactional
    public PartnerMembership leave(String pilotIdOrCode, String bodyIdOrCode, Optional<ExpectedVersion> expected,
                                   LocalDate to) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerChanges.lockForChange(pilot);
        PartnerBody body = bodies.require(bodyIdOrCode);
        List<PartnerMembership> memberships = PartnerMembership.periodsOf(pilot, body);
        if (memberships.isEmpty()) {
            throw new NotFoundException("Partner body '" + body.name() + "' has never been a member of pilot '"
                    + pilot.code() + "'");
        }
        Refusals.conflict(MembershipRules.checkLeave(memberships.stream().map(PartnerMembership::period).toList(),
                "body"));
        PartnerMembership current = memberships.stream().filter(m -> m.period().isOpen()).findFirst().orElseThrow();
        expected.ifPresent(version -> version.check(current.version()));
        Refusals.ruleViolation(DateRange.checkEnd(current.period().from(), to));
        current.leave(to, clock.instant());
        PartnerChanges.flush("membership");
        outbox.record(PartnerMembershipEvent.LEFT, pilot.id(), PartnerMembershipEvent.of(current));
        return current;
    }

    private static List<DateRange> periods(Pilot pilot, PartnerBody body) {
        return PartnerMembership.periodsOf(pilot, body).stream().map(PartnerMembership::period).toList();
    }
}
