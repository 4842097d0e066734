package org.totalplace.reporting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.reporting.domain.report.Scenarios;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.ProgrammeState;
import org.totalplace.reporting.service.ProgrammeStateSource;

/**
 * The hand-built programme of the report unit tests, for REST tests; enabled only by {@link ReportsProfile}. It
 * records what it was asked, so tests can check how parameters became instants.
 */
@Alternative
@ApplicationScoped
public class FixedProgrammeStates implements ProgrammeStateSource {

    final List<Instant> askedAsOf = new ArrayList<>();
    final List<Instant[]> askedBetween = new ArrayList<>();

    @Override
    public synchronized ProgrammeState asOf(Instant asOf) {
        askedAsOf.add(asOf);
        return Scenarios.threePilots().at(asOf);
    }

    @Override
    public synchronized List<JournalEvent> between(Instant fromExclusive, Instant toInclusive) {
        askedBetween.add(new Instant[] {fromExclusive, toInclusive});
        return List.of(new JournalEvent(UUID.nameUUIDFromBytes(new byte[] {1}),
                "totalplace.pilots.expression-of-interest-received.v1", "/pilots-service", "cumbria",
                Instant.parse("2010-07-20T12:00:00Z"), null));
    }

    synchronized Instant lastAsOf() {
        return askedAsOf.get(askedAsOf.size() - 1);
    }

    synchronized Instant[] lastBetween() {
        return askedBetween.get(askedBetween.size() - 1);
    }
}
