package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.PilotDetails;
import org.totalplace.pilots.domain.PilotNames;
import org.totalplace.pilots.domain.PlaceTags;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.ParallelPlaceEvent;

/**
 * Changes to the register of parallel places: each is one transaction that also records its event in the outbox.
 * A parallel place's code, name and aliases identify one place among the pilots and parallel places together.
 */
@ApplicationScoped
public class ParallelPlaceService {

    private final ParallelPlaceQueries queries;
    private final Outbox outbox;
    private final Clock clock;

    ParallelPlaceService(ParallelPlaceQueries queries, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ParallelPlace register(PilotCode code, PilotDetails details, List<String> tags) {
        Refusals.ruleViolations("A tag has nothing to make a slug of", PlaceTags.check(tags));
        ParallelPlace parallel = ParallelPlace.register(code, details, PlaceTags.normalise(tags), clock.instant());
        rejectNamesOfOtherPlaces(parallel.names(), parallel.id());
        parallel.persist();
        PartnerChanges.flush("parallel place");
        outbox.record(ParallelPlaceEvent.REGISTERED, parallel.id(), ParallelPlaceEvent.of(parallel));
        return parallel;
    }

    /** Replaces a parallel place's details and tags; its code cannot change. */
    @Transactional
    public ParallelPlace revise(String idOrCode, ExpectedVersion expected, PilotCode code, PilotDetails details,
                                List<String> tags) {
        ParallelPlace parallel = queries.require(idOrCode);
        expected.check(parallel.version());
        if (!parallel.code().equals(code.value())) {
            throw new ConflictException("A parallel place's code never changes once registered",
                    List.of(new Violation("code", "must stay '" + parallel.code() + "'")));
        }
        Refusals.ruleViolations("A tag has nothing to make a slug of", PlaceTags.check(tags));
        rejectNamesOfOtherPlaces(new PilotNames(code.value(), details.name(), details.aliases()), parallel.id());
        parallel.revise(details, PlaceTags.normalise(tags), clock.instant());
        PartnerChanges.flush("parallel place");
        outbox.record(ParallelPlaceEvent.UPDATED, parallel.id(), ParallelPlaceEvent.of(parallel));
        return parallel;
    }

    private static void rejectNamesOfOtherPlaces(PilotNames names, UUID self) {
        List<Violation> clashes = new ArrayList<>();
        Pilot.usingAnyOf(names.keys(), self).forEach(pilot -> names.clashesWith(pilot.names()).forEach(clash ->
                clashes.add(new Violation(clash.field(), clash.reason()))));
        ParallelPlace.allBut(self).forEach(other -> names.clashesWith(other.names()).forEach(clash ->
                clashes.add(new Violation(clash.field(), "'" + clash.value() + "' already identifies parallel place '"
                        + clash.takenBy() + "'"))));
        if (!clashes.isEmpty()) {
            throw new ConflictException("A code, name or alias already identifies a pilot or another parallel place",
                    clashes);
        }
    }
}
