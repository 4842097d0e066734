package org.totalplace.pilots.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What is really committed about expressions of interest, read with plain SQL over a connection of its own. */
@ApplicationScoped
public class StoredInterests {

    private final String url;
    private final String user;
    private final String password;

    StoredInterests(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                    @ConfigProperty(name = "quarkus.datasource.username") String user,
                    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    public long withPlace(String place) {
        return count("select count(*) from expression_of_interest where place = ?", place);
    }

    public long all() {
        return count("select count(*) from expression_of_interest");
    }

    public long forwardedTo(String department) {
        return count("select count(*) from expression_of_interest_forwarded_to where department = ?", department);
    }

    public long historyOf(String id) {
        return count("""
                select count(*) from expression_of_interest_status_change where expression_of_interest_id = ?::uuid""",
                id);
    }

    /** Outbox rows of this event type about this aggregate. */
    public long outboxRows(String aggregateId, String type) {
        return count("select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId, type);
    }

    /** Outbox rows whose payload mentions this text (for rejected creations, whose id nobody knows). */
    public long outboxRowsMentioning(String text) {
        return count("select count(*) from outbox_event where payload like ?", "%" + text + "%");
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
