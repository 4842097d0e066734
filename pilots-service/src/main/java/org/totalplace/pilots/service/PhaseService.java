package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.totalplace.pilots.domain.PhaseRules;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.ProgrammePhase;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PhaseChangedEvent;

/** Moving a pilot through the programme's phases. */
@ApplicationScoped
public class PhaseService {

    private final PilotQueries pilots;
    private final Outbox outbox;
    private final Clock clock;

    PhaseService(PilotQueries pilots, Outbox outbox, Clock clock) {
        this.pilots = pilots;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Moves the pilot to {@code next}; asking for the phase it is in changes nothing and publishes nothing. */
    @Transactional
    public Pilot move(String idOrCode, ExpectedVersion expected, ProgrammePhase next) {
        Pilot pilot = pilots.require(idOrCode);
        expected.check(pilot.version());
        ProgrammePhase current = pilot.phase();
        TimetableWrites.conflictUnlessAllowed(PhaseRules.checkMove(current, next));
        if (current == next) {
            return pilot;
        }
        Instant now = clock.instant();
        pilot.moveTo(next, now);
        TimetableWrites.flush("pilot");
        outbox.record(PhaseChangedEvent.TYPE, pilot.id(), PhaseChangedEvent.of(pilot, current, now));
        return pilot;
    }
}
