package org.totalplace.pilots.events;

import java.time.Instant;
import java.util.UUID;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.ProgrammePhase;

/** The data of pilot-phase-changed: the pilot moved from one programme phase to the next. */
public record PhaseChangedEvent(UUID pilotId, String code, int from, int to, long version, Instant at) {

    public static final String TYPE = "totalplace.pilots.pilot-phase-changed.v1";

    public static PhaseChangedEvent of(Pilot pilot, ProgrammePhase from, Instant at) {
        return new PhaseChangedEvent(pilot.id(), pilot.code(), from.number(), pilot.phase().number(), pilot.version(), at);
    }
}
