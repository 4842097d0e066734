package org.totalplace.governance.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The ids of the consumed events already applied ({@code processed_event}). The id is recorded in the same
 * transaction as the change, so an event is either applied and recorded, or neither.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;
    private final Clock clock;

    ProcessedEvents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Runs {@code change} once per event id, in one new transaction with the id's record; false for a repeat. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOnce(UUID eventId, String type, String source, Runnable change) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (event_id, type, source, processed_at)
                        values (:id, :type, :source, :at)
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId)
                .setParameter("type", type)
                .setParameter("source", source)
                .setParameter("at", clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        change.run();
        return true;
    }
}
