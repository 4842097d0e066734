package org.totalplace.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.totalplace.reporting.domain.InvalidValueException;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.JournalTypes;
import org.totalplace.reporting.domain.state.ProgrammeStateFold;
import org.totalplace.reporting.service.EventJournal;

/**
 * Puts events of the journaled types ({@link JournalTypes}) into the journal, as part of the same change (and so
 * the same transaction, with the processed_event row) as their read-model update. Data the fold could not read is
 * poison, refused before anything is written.
 */
@ApplicationScoped
public class Journaling {

    @Inject
    EventJournal journal;

    /** The change plus the event's journal entry; just the change for a type the journal does not keep. */
    public ReadModelChange withEntry(ReceivedEvent event, ReadModelChange change) {
        JournalEvent entry = entryOf(event);
        if (entry == null) {
            return change;
        }
        if (change == null) {
            return () -> journal.append(entry);
        }
        return () -> {
            change.apply();
            journal.append(entry);
        };
    }

    /**
     * The journal entry of an event of a journaled type, null for other types. Its time is the CloudEvents
     * {@code time}, at the microseconds PostgreSQL keeps, so the entry folds the same before and after storing.
     */
    static JournalEvent entryOf(ReceivedEvent event) {
        if (!JournalTypes.isJournaled(event.type())) {
            return null;
        }
        if (event.time() == null) {
            throw new PoisonEventException("time is required for type " + event.type()
                    + ": reports place every event by it");
        }
        JournalEvent entry = new JournalEvent(event.id(), event.type(), event.source(), event.subject(),
                event.time().toInstant().truncatedTo(ChronoUnit.MICROS), event.requireData());
        try {
            ProgrammeStateFold.check(entry);
        } catch (InvalidValueException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
        return entry;
    }
}
