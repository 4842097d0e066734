package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotRole;
import org.totalplace.pilots.domain.RoleAppointment;

/** A person in a role of a pilot; {@code version} is also its ETag. */
@Schema(name = "Role")
public record RoleResponse(UUID id, UUID pilotId, String pilotCode, PilotRole role, String person,
                           @Schema(nullable = true) String organisation, LocalDate from,
                           @Schema(nullable = true) LocalDate to, long version, Instant createdAt, Instant updatedAt) {

    static RoleResponse of(RoleAppointment appointment) {
        return new RoleResponse(appointment.id(), appointment.pilot().id(), appointment.pilot().code(),
                appointment.role(), appointment.person(), appointment.organisation(), appointment.term().from(),
                appointment.term().to(), appointment.version(), appointment.createdAt(), appointment.updatedAt());
    }
}
