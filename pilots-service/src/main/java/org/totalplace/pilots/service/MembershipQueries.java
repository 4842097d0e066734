package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.Pilot;

/** Reads of pilots' partnerships: who was a member when, and which pilots a body belongs to. */
@ApplicationScoped
public class MembershipQueries {

    private final PilotQueries pilots;
    private final PartnerBodyQueries bodies;
    private final Clock clock;

    MembershipQueries(PilotQueries pilots, PartnerBodyQueries bodies, Clock clock) {
        this.pilots = pilots;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The pilot's members in the timeframe, by body name. */
    public Page<PartnerMembership> membersOf(String pilotIdOrCode, Timeframe timeframe, PageRequest request) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        Optional<LocalDate> day = timeframe.day(clock);
        return new Page<>(PartnerMembership.ofPilot(pilot, day).page(request.page(), request.size()).list(),
                PartnerMembership.countOfPilot(pilot, day));
    }

    /** The pilots the body belongs to in the timeframe, by pilot name. */
    public Page<PartnerMembership> pilotsOf(String bodyIdOrCode, Timeframe timeframe, PageRequest request) {
        PartnerBody body = bodies.require(bodyIdOrCode);
        Optional<LocalDate> day = timeframe.day(clock);
        return new Page<>(PartnerMembership.ofBody(body, day).page(request.page(), request.size()).list(),
                PartnerMembership.countOfBody(body, day));
    }

    /** The body's latest period in the pilot: its current membership, or the one it last left. */
    public PartnerMembership latest(String pilotIdOrCode, String bodyIdOrCode) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerBody body = bodies.require(bodyIdOrCode);
        return PartnerMembership.latestOf(pilot, body).orElseThrow(() -> new NotFoundException(
                "Partner body '" + body.name() + "' has never been a member of pilot '" + pilot.code() + "'"));
    }
}
