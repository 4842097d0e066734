package org.totalplace.reporting.service;

import java.util.List;
import org.totalplace.reporting.domain.state.JournalEvent;

/**
 * Reads the producers' topics from their beginning up to where they end now and decodes every record as the
 * consumers do. Implemented next to the consumers (events), so that a rebuild and live consumption can never
 * decode differently.
 */
public interface TopicReplay {

    Replay readAll();

    /** The journaled events in the order read (duplicates included), and what was read per topic. */
    record Replay(List<JournalEvent> events, List<TopicCount> topics) {

        public Replay {
            events = List.copyOf(events);
            topics = List.copyOf(topics);
        }
    }

    /**
     * @param records   every record up to the end offset taken at the start
     * @param journaled those of a journaled type, well formed
     * @param skipped   the rest: poison (dead-lettered by the consumers too) and types the journal does not keep
     */
    record TopicCount(String topic, long records, long journaled, long skipped) {
    }
}
