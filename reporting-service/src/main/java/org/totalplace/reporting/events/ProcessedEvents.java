package org.totalplace.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The ids of the events already applied ({@code processed_event}). Recording an id happens in the same
 * transaction as the read-model change, so an event is either applied and recorded, or neither.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Records the event's id; true when it was new, false when it had been processed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordIfNew(ReceivedEvent event) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (event_id, type, source, processed_at)
                        values (:id, :type, :source, :at)
                        on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("at", clock.instant())
                .executeUpdate();
        return inserted == 1;
    }

    /** Runs the change once per event id, in one new transaction with the id's record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome applyOnce(ReceivedEvent event, ReadModelChange change) {
        if (!recordIfNew(event)) {
            return Outcome.DUPLICATE;
        }
        if (change == null) {
            return Outcome.IGNORED;
        }
        change.apply();
        return Outcome.APPLIED;
    }
}
