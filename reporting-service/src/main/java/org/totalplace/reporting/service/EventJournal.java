package org.totalplace.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.ProgrammeStateFold;

/**
 * The {@code journal_event} table: events appended by the consumers inside their event's transaction, read back
 * in the fold's order (time, then id). {@link #changes()} moves on after every commit that changed the journal,
 * so a cache of what was read can tell it is stale.
 */
@ApplicationScoped
public class EventJournal {

    private static final String INSERT = """
            insert into journal_event (event_id, type, source, subject, pilot_id, event_time, data, received_at)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            on conflict (event_id) do nothing""";

    private final AtomicLong changes = new AtomicLong();

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Appends in the caller's transaction; false when the event id is journaled already (nothing changes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean append(JournalEvent event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, event);
            boolean inserted = insert.executeUpdate() == 1;
            if (inserted) {
                countChangeOnCommit();
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("could not journal event " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the journal with events read from the topics, in one transaction. Rows the consumers wrote since
     * {@code readStarted} stay: their records may lie beyond the end offsets the read stopped at. Consumers
     * appending meanwhile wait (the table is locked); readers see the old journal until the commit.
     *
     * @return the rows inserted (events already kept since {@code readStarted} are not counted)
     */
    @Transactional
    public int replaceAll(List<JournalEvent> events, Instant readStarted) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("lock table journal_event in exclusive mode");
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from journal_event where received_at < ?")) {
                delete.setObject(1, readStarted.atOffset(ZoneOffset.UTC));
                delete.executeUpdate();
            }
            int inserted = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int batched = 0;
                for (JournalEvent event : events) {
                    bind(insert, event);
                    insert.addBatch();
                    if (++batched == 500) {
                        inserted += sum(insert.executeBatch());
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    inserted += sum(insert.executeBatch());
                }
            }
            countChangeOnCommit();
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("could not rebuild the journal: " + e.getMessage(), e);
        }
    }

    /** Every journaled event in the fold's order. */
    @Transactional
    public List<JournalEvent> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select event_id, type, source, subject, event_time, data::text
                     from journal_event order by event_time, event_id""")) {
            select.setFetchSize(1000);
            List<JournalEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new JournalEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(),
                            parse(rows.getString(6))));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the journal: " + e.getMessage(), e);
        }
    }

    /** How many committed transactions changed the journal since start: a new value means re-read. */
    public long changes() {
        return changes.get();
    }

    private void bind(PreparedStatement insert, JournalEvent event) throws SQLException {
        insert.setObject(1, event.id());
        insert.setString(2, event.type());
        insert.setString(3, event.source());
        insert.setString(4, event.subject());
        insert.setObject(5, ProgrammeStateFold.pilotOf(event));
        insert.setObject(6, event.time().atOffset(ZoneOffset.UTC));
        insert.setString(7, write(event.data()));
        insert.setObject(8, clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** After the commit, never before: a reader must not cache a fold under a count that predates the change. */
    private void countChangeOnCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changes.incrementAndGet();
                }
            }
        });
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    private String write(JsonNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be written as JSON", e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal_event.data is not JSON", e);
        }
    }
}
