package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.ProgrammeState;
import org.totalplace.reporting.domain.state.ProgrammeStateFold;

/**
 * The programme as of any instant, folded from the journal. The journal's events and their full fold are kept in
 * memory until the journal changes (a consumer journals an event, a rebuild): the live state, asked for by every
 * report, is then a lookup; a past {@code asOf} folds the events up to it again, without a database round trip.
 */
@ApplicationScoped
public class ProgrammeStates implements ProgrammeStateSource {

    @Inject
    EventJournal journal;

    private volatile Snapshot snapshot;

    @Override
    public ProgrammeState asOf(Instant asOf) {
        Snapshot current = current();
        int upTo = current.countUpTo(asOf);
        if (upTo == current.events().size()) {
            ProgrammeState latest = current.latest();
            return new ProgrammeState(asOf, latest.pilots(), latest.counts(), latest.barriers(), latest.decisions(),
                    latest.submissions(), latest.bodySubmissions(), latest.milestones(), latest.expressions(),
                    latest.proposals(), latest.adjustments());
        }
        return ProgrammeStateFold.fold(current.events().subList(0, upTo), asOf);
    }

    @Override
    public List<JournalEvent> between(Instant fromExclusive, Instant toInclusive) {
        Snapshot current = current();
        return current.events().subList(current.countUpTo(fromExclusive), current.countUpTo(toInclusive));
    }

    private Snapshot current() {
        long changes = journal.changes();
        Snapshot known = snapshot;
        if (known != null && known.changes() == changes) {
            return known;
        }
        synchronized (this) {
            changes = journal.changes();
            known = snapshot;
            if (known != null && known.changes() == changes) {
                return known;
            }
            // Read after taking the count: a commit in between makes this snapshot stale at once, never wrong.
            List<JournalEvent> events = List.copyOf(journal.all());
            Instant last = events.isEmpty() ? Instant.MIN : events.get(events.size() - 1).time();
            Snapshot fresh = new Snapshot(changes, events, ProgrammeStateFold.fold(events, last));
            snapshot = fresh;
            return fresh;
        }
    }

    /** The journal in the fold's order, and what all of it folds to. */
    private record Snapshot(long changes, List<JournalEvent> events, ProgrammeState latest) {

        /** How many events have time at or before {@code instant} (the events are sorted by time). */
        int countUpTo(Instant instant) {
            int low = 0;
            int high = events.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (events.get(middle).time().isAfter(instant)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }
}
