package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotRole;
import org.totalplace.pilots.domain.RoleAppointment;

/** Reads of who holds which role of a pilot, when. */
@ApplicationScoped
public class RoleQueries {

    private final PilotQueries pilots;
    private final Clock clock;

    RoleQueries(PilotQueries pilots, Clock clock) {
        this.pilots = pilots;
        this.clock = clock;
    }

    /** The pilot's appointments in the timeframe, optionally of one role; by role, then start. */
    public Page<RoleAppointment> list(String pilotIdOrCode, Optional<PilotRole> role, Timeframe timeframe,
                                      PageRequest request) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        Optional<LocalDate> day = timeframe.day(clock);
        return new Page<>(RoleAppointment.ofPilot(pilot, role, day).page(request.page(), request.size()).list(),
                RoleAppointment.countOfPilot(pilot, role, day));
    }

    public RoleAppointment require(String pilotIdOrCode, String roleId) {
        return require(pilots.require(pilotIdOrCode), roleId);
    }

    RoleAppointment require(Pilot pilot, String roleId) {
        return Ids.asUuid(roleId).flatMap(id -> RoleAppointment.findOf(pilot, id)).orElseThrow(() ->
                new NotFoundException("Pilot '" + pilot.code() + "' has no role appointment with the id '" + roleId + "'"));
    }
}
