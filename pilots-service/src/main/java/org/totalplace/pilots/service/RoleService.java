package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.pilots.domain.DateRange;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotRole;
import org.totalplace.pilots.domain.RoleAppointment;
import org.totalplace.pilots.domain.RoleHolding;
import org.totalplace.pilots.domain.RoleRules;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.RoleAppointmentEvent;

/** People appointed to and leaving the roles of a pilot; each change is one transaction with its event. */
@ApplicationScoped
public class RoleService {

    private final PilotQueries pilots;
    private final RoleQueries roles;
    private final Outbox outbox;
    private final Clock clock;

    RoleService(PilotQueries pilots, RoleQueries roles, Outbox outbox, Clock clock) {
        this.pilots = pilots;
        this.roles = roles;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Appoints {@code person} to {@code role} from {@code from} to {@code to} (null: no end date yet). */
    @Transactional
    public RoleAppointment assign(String pilotIdOrCode, PilotRole role, String person, String organisation,
                                  LocalDate from, LocalDate to) {
        Refusals.ruleViolation(DateRange.checkEnd(from, to));
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerChanges.lockForChange(pilot);
        RoleHolding proposed = new RoleHolding(role, person, new DateRange(from, to));
        Refusals.conflict(RoleRules.checkAppointment(proposed,
                RoleAppointment.allOf(pilot).stream().map(RoleAppointment::holding).toList()));
        RoleAppointment appointment = RoleAppointment.appoint(pilot, proposed, organisation, clock.instant());
        appointment.persist();
        PartnerChanges.flush("role");
        outbox.record(RoleAppointmentEvent.ASSIGNED, pilot.id(), RoleAppointmentEvent.of(appointment));
        return appointment;
    }

    /**
     * Ends an open-ended appointment on {@code to}, the last day in the role.
     *
     * @param expected the version the client read, when it sent If-Match; ending needs none, since an
     *                 appointment can end only once
     */
    @Transactional
    public RoleAppointment end(String pilotIdOrCode, String roleId, Optional<ExpectedVersion> expected, LocalDate to) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        PartnerChanges.lockForChange(pilot);
        RoleAppointment appointment = roles.require(pilot, roleId);
        Refusals.conflict(RoleRules.checkEnd(appointment.holding()));
        expected.ifPresent(version -> version.check(appointment.version()));
        Refusals.ruleViolation(DateRange.checkEnd(appointment.term().from(), to));
        appointment.end(to, clock.instant());
        PartnerChanges.flush("role");
        outbox.record(RoleAppointmentEvent.ENDED, pilot.id(), RoleAppointmentEvent.of(appointment));
        return appointment;
    }
}
