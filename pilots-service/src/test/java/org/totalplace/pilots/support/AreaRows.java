package org.totalplace.pilots.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What is committed about pilots' areas, read with plain SQL over a connection of its own (like {@link StoredRows}). */
@ApplicationScoped
public class AreaRows {

    private final String url;
    private final String user;
    private final String password;

    AreaRows(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
             @ConfigProperty(name = "quarkus.datasource.username") String user,
             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    /** The register codes stored for a pilot, sorted. */
    public List<String> registerCodes(UUID pilotId) {
        List<String> codes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(
                     "select register_code from pilot_area where pilot_id = ? order by register_code")) {
            statement.setObject(1, pilotId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    /** Outbox rows of one event type about a pilot. */
    public long events(UUID pilotId, String type) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox_event where aggregate_id = ? and type = ?")) {
            statement.setString(1, pilotId.toString());
            statement.setString(2, type);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
