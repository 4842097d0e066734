package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.reporting.domain.state.JournalEvent;

/**
 * Refills the journal from the topics: everything the producers ever published, decoded as the consumers decode
 * it, replaces the journal in one transaction (see {@link EventJournal#replaceAll}). A redelivered event id keeps its first record, as consumption does.
 * The other read models (pilot_view, group_view, spend_total) and processed_event are not touched.
 */
@ApplicationScoped
public class JournalRebuild {

    private static final Logger LOG = Logger.getLogger(JournalRebuild.class);

    @Inject
    TopicReplay replay;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    public Result rebuild() {
        long started = System.nanoTime();
        // Before the end offsets are taken: whatever a consumer journaled earlier lies before them.
        Instant readStarted = clock.instant();
        TopicReplay.Replay read = replay.readAll();
        Map<UUID, JournalEvent> firstById = new LinkedHashMap<>();
        for (JournalEvent event : read.events()) {
            firstById.putIfAbsent(event.id(), event);
        }
        journal.replaceAll(List.copyOf(firstById.values()), readStarted);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Journal rebuilt from the topics: %d events in %d ms (%s)", firstById.size(), millis, read.topics());
        return new Result(read.topics(), firstById.size(), read.events().size() - firstById.size(), millis);
    }

    /**
     * @param journaled  distinct events read into the journal
     * @param duplicates records whose event id an earlier record already had
     */
    public record Result(List<TopicReplay.TopicCount> topics, int journaled, int duplicates, long millis) {

        public Result {
            topics = List.copyOf(topics);
        }
    }
}
