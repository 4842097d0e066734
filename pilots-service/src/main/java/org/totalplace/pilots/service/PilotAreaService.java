package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.totalplace.pilots.domain.Area;
import org.totalplace.pilots.domain.AreaRegister;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotAreas;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PilotAreasEvent;

/**
 * The constituent areas of pilots: given as GSS codes, register codes or names, resolved against the
 * local authority register as at the programme date, stored as the areas they named then.
 */
@ApplicationScoped
public class PilotAreaService {

    private final PilotQueries queries;
    private final AreaRegister register;
    private final Outbox outbox;
    private final Clock clock;

    PilotAreaService(PilotQueries queries, AreaRegister register, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.register = register;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PilotAreaList areasOf(String idOrCode) {
        return PilotAreaList.of(queries.require(idOrCode), AreaRegister.PROGRAMME_DATE);
    }

    /** Replaces a pilot's areas. The same set again changes nothing: no new version, no event. */
    @Transactional
    public PilotAreaList replace(String idOrCode, ExpectedVersion expected, List<String> spellings) {
        Pilot pilot = queries.require(idOrCode);
        expected.check(pilot.version());
        if (pilot.replaceAreas(resolve(spellings), clock.instant())) {
            flush();
            recordChange(pilot);
        }
        return PilotAreaList.of(pilot, AreaRegister.PROGRAMME_DATE);
    }

    /**
     * The areas the spellings name, sorted by name.
     *
     * @throws RuleViolationException naming each spelling ({@code areas[i]}) that names no area, several, or
     *                                one already named, with the candidates
     */
    public List<Area> resolve(List<String> spellings) {
        PilotAreas.Outcome outcome = PilotAreas.resolve(spellings, register, AreaRegister.PROGRAMME_DATE);
        if (!outcome.allowed()) {
            throw new RuleViolationException("Each area must name exactly one local authority in force on "
                    + AreaRegister.PROGRAMME_DATE + ", once; nothing was changed",
                    outcome.rejections().stream().map(r -> new Violation(r.field(), r.reason())).toList());
        }
        return outcome.areas();
    }

    /** Records pilot-areas-changed for a change made in the caller's transaction (already flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(Pilot pilot) {
        outbox.record(PilotAreasEvent.CHANGED, pilot.id(), PilotAreasEvent.of(pilot));
    }

    /** Writes now so the event carries the stored version and a concurrent change is a 412, not a 500. */
    private static void flush() {
        try {
            Pilot.flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The pilot was changed by someone else meanwhile; read it again");
        }
    }
}
