package org.totalplace.governance.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What is really committed in the database, read with plain SQL over a connection of its own (not
 * from the application's pool, so never enlisted in a transaction under test).
 */
@ApplicationScoped
public class StoredRows {

    private final String url;
    private final String user;
    private final String password;

    StoredRows(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
               @ConfigProperty(name = "quarkus.datasource.username") String user,
               @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    public long groupsWithCode(String code) {
        return count("select count(*) from governance_group where code = ?", code);
    }

    public long groups() {
        return count("select count(*) from governance_group");
    }

    public long outboxRows() {
        return count("select count(*) from outbox_event");
    }

    /** Outbox rows whose event is about this aggregate. */
    public long outboxRowsAbout(UUID aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ?", aggregateId.toString());
    }

    /** Outbox rows of the group and membership events about this aggregate (meetings of it are left out). */
    public long groupAndMembershipEventsAbout(UUID aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ? and (type like '%.group-%' "
                + "or type like '%.membership-%')", aggregateId.toString());
    }

    /** Outbox rows whose payload mentions this text (for rejected creations, whose id nobody knows). */
    public long outboxRowsMentioning(String text) {
        return count("select count(*) from outbox_event where payload like ?", "%" + text + "%");
    }

    public Optional<Timestamp> outboxSentAt(UUID eventId) {
        return query("select sent_at from outbox_event where id = ?", statement -> {
            statement.setObject(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getTimestamp(1)) : Optional.empty();
            }
        });
    }

    /** The id of the one outbox event about this aggregate. */
    public UUID outboxEventIdAbout(UUID aggregateId) {
        return query("select id from outbox_event where aggregate_id = ?", statement -> {
            statement.setString(1, aggregateId.toString());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no outbox event about " + aggregateId);
                }
                UUID id = rows.getObject(1, UUID.class);
                if (rows.next()) {
                    throw new AssertionError("more than one outbox event about " + aggregateId);
                }
                return id;
            }
        });
    }

    private long count(String sql, Object... parameters) {
        return query(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T query(String sql, Statement<T> work) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
