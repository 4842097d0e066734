package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.pilots.domain.RoleAppointment;

/** The data of role-assigned and role-ended: a person in a role of a pilot, {@code to} null while open-ended. */
public record RoleAppointmentEvent(UUID roleId, UUID pilotId, String pilotCode, String role, String person,
                                   String organisation, LocalDate from, LocalDate to, long version) {

    public static final String ASSIGNED = "totalplace.pilots.role-assigned.v1";
    public static final String ENDED = "totalplace.pilots.role-ended.v1";

    public static RoleAppointmentEvent of(RoleAppointment appointment) {
        return new RoleAppointmentEvent(appointment.id(), appointment.pilot().id(), appointment.pilot().code(),
                appointment.role().name(), appointment.person(), appointment.organisation(),
                appointment.term().from(), appointment.term().to(), appointment.version());
    }
}
