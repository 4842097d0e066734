package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotScope;

/** Reads of pilots' partnerships: who was a member when, and which pilots a body belongs to. */
@ApplicationScoped
public class MembershipQueries {

    private final PilotQueries pilots;
    private final PartnerBodyQueries bodies;
    private final BodyLineages lineages;
    private final Clock clock;

    MembershipQueries(PilotQueries pilots, PartnerBodyQueries bodies, BodyLineages lineages, Clock clock) {
        this.pilots = pilots;
        this.bodies = bodies;
        this.lineages = lineages;
        this.clock = clock;
    }

    /** The pilot's members in the timeframe, by body name, each body as it was on the list's day. */
    public Page<MembershipView> membersOf(String pilotIdOrCode, Timeframe timeframe, PageRequest request) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        Optional<LocalDate> day = timeframe.day(clock);
        return views(new Page<>(PartnerMembership.ofPilot(pilot, day).page(request.page(), request.size()).list(),
                PartnerMembership.countOfPilot(pilot, day)), day);
    }

    /** The pilots the body belongs to in the timeframe, by pilot name, the body as it was on the list's day. */
    public Page<MembershipView> pilotsOf(String bodyIdOrCode, Timeframe timeframe, PilotScope scope,
                                         PageRequest request) {
        PartnerBody body = bodies.require(bodyIdOrCode);
        Optional<LocalDate> day = timeframe.day(clock);
        return views(new Page<>(PartnerMembership.ofBody(body, day, scope).page(request.page(), request.size()).list(),
                PartnerMembership.countOfBody(body, day, scope)), day);
    }

    /** One membership with its body as it is today. */
    public MembershipView today(PartnerMembership membership) {
        return new MembershipView(membership, lineages.of(membership.body()), LocalDate.now(clock));
    }

    /** In a history (no day), each period shows the body as it was when the period began. */
    private Page<MembershipView> views(Page<PartnerMembership> page, Optional<LocalDate> day) {
        Map<UUID, BodyLineage> byBody = lineages.of(page.items().stream().map(PartnerMembership::body).toList());
        return page.map(membership -> new MembershipView(membership, byBody.get(membership.body().id()),
                day.orElse(membership.period().from())));
    }

    /** The body's latest period in the pilot: its current membership, or the one it last left. */
    public PartnerMembership latest(String pilotIdOrCode, String bodyIdOrCode) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerBody body = bodies.require(bodyIdOrCode);
        return PartnerMembership.latestOf(pilot, body).orElseThrow(() -> new NotFoundException(
                "Partner body '" + body.name() + "' has never been a member of pilot '" + pilot.code() + "'"));
    }
}
