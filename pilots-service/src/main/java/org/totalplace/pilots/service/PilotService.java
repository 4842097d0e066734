package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Area;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.PilotDetails;
import org.totalplace.pilots.domain.PilotNames;
import org.totalplace.pilots.domain.PlaceTags;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PilotEvent;
import org.totalplace.pilots.events.PilotTagsChangedEvent;

/** Changes to the pilot register: each is one transaction that also records its event in the outbox. */
@ApplicationScoped
public class PilotService {

    private final PilotQueries queries;
    private final PilotAreaService areas;
    private final Outbox outbox;
    private final Clock clock;

    PilotService(PilotQueries queries, PilotAreaService areas, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers a pilot, with its areas when {@code areaSpellings} is not null. */
    @Transactional
    public Pilot register(PilotCode code, PilotDetails details, List<String> areaSpellings) {
        Pilot pilot = Pilot.register(code, details, clock.instant());
        rejectNamesOfOtherPilots(pilot.names(), pilot.id());
        rejectCodeOfAParallelPlace(code);
        boolean areasChanged = areaSpellings != null && pilot.replaceAreas(areas.resolve(areaSpellings), clock.instant());
        pilot.persist();
        flush();
        outbox.record(PilotEvent.REGISTERED, pilot.id(), PilotEvent.of(pilot));
        if (areasChanged) {
            areas.recordChange(pilot);
        }
        return pilot;
    }

    /** Replaces a pilot's details (and its areas when {@code areaSpellings} is not null); its code cannot change. */
    @Transactional
    public Pilot revise(String idOrCode, ExpectedVersion expected, PilotCode code, PilotDetails details,
                        List<String> areaSpellings) {
        Pilot pilot = queries.require(idOrCode);
        expected.check(pilot.version());
        if (!pilot.code().equals(code.value())) {
            throw new ConflictException("A pilot's code never changes once registered",
                    List.of(new Violation("code", "must stay '" + pilot.code() + "'")));
        }
        rejectNamesOfOtherPilots(new PilotNames(code.value(), details.name(), details.aliases()), pilot.id());
        List<Area> replacement = areaSpellings == null ? null : areas.resolve(areaSpellings);
        pilot.revise(details, clock.instant());
        boolean areasChanged = replacement != null && pilot.replaceAreas(replacement, clock.instant());
        flush();
        outbox.record(PilotEvent.UPDATED, pilot.id(), PilotEvent.of(pilot));
        if (areasChanged) {
            areas.recordChange(pilot);
        }
        return pilot;
    }

    /** Replaces a pilot's tags (free text, kept as slugs); unchanged tags are no new version and no event. */
    @Transactional
    public Pilot retag(String idOrCode, ExpectedVersion expected, List<String> tags) {
        Pilot pilot = queries.require(idOrCode);
        expected.check(pilot.version());
        Refusals.ruleViolations("A tag has nothing to make a slug of", PlaceTags.check(tags));
        if (pilot.retag(PlaceTags.normalise(tags), clock.instant())) {
            flush();
            outbox.record(PilotTagsChangedEvent.TYPE, pilot.id(), PilotTagsChangedEvent.of(pilot));
        }
        return pilot;
    }

    /** A code names one place among pilots and parallel places, so that "places doing similar work" can find it. */
    private static void rejectCodeOfAParallelPlace(PilotCode code) {
        ParallelPlace.findByCode(code.value()).ifPresent(parallel -> {
            throw new ConflictException("The code already identifies a parallel place", List.of(new Violation("code",
                    "'" + code.value() + "' already identifies parallel place '" + parallel.name() + "'")));
        });
    }

    private static void rejectNamesOfOtherPilots(PilotNames names, UUID self) {
        List<Violation> clashes = Pilot.usingAnyOf(names.keys(), self).stream()
                .flatMap(other -> names.clashesWith(other.names()).stream())
                .map(clash -> new Violation(clash.field(), clash.reason()))
                .toList();
        if (!clashes.isEmpty()) {
            throw new ConflictException("A code, name or alias already identifies another pilot", clashes);
        }
    }

    /**
     * Writes the change now, so that the version in the event is the stored one and a concurrent change
     * surfaces here as a problem the client can act on, not at commit as a 500.
     */
    private static void flush() {
        try {
            Pilot.flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The pilot was changed by someone else meanwhile; read it again");
        } catch (PersistenceException e) {
            throw UniqueNames.conflictOrRethrow(e);
        }
    }
}
