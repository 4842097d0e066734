package org.totalplace.governance.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local copy of pilots, set up and read with plain SQL over a connection of its own: barrier tests need a
 * known pilot without waiting for the consumer, consumer tests read what it committed.
 */
@ApplicationScoped
public class KnownPilots {

    private final String url;
    private final String user;
    private final String password;

    KnownPilots(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                @ConfigProperty(name = "quarkus.datasource.username") String user,
                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    /** A pilot this service has heard of, with a fresh id. */
    public UUID known(String name) {
        UUID id = UUID.randomUUID();
        return known(id, "pilot-" + id.toString().substring(0, 8), name, "Yorkshire and The Humber");
    }

    /** A pilot this service has heard of, with a fresh id, the code tokens name it by and its region's display name. */
    public UUID known(String code, String name, String region) {
        return known(UUID.randomUUID(), code, name, region);
    }

    private UUID known(UUID id, String code, String name, String region) {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into known_pilot (pilot_id, code, name, region, version, updated_at)
                     values (?, ?, ?, ?, 1, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, code);
            insert.setString(3, name);
            insert.setString(4, region);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {name, version} of the pilot as kept, if it is known. */
    public Optional<String> nameAndVersion(UUID pilotId) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "select name, version from known_pilot where pilot_id = ?")) {
            select.setObject(1, pilotId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1) + "@" + rows.getLong(2)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long processed(UUID eventId) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from processed_event where event_id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
