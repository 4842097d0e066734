package org.totalplace.governance.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks a meeting HELD with plain SQL, for tests of what a held meeting fixes (its agenda, the papers tabled at
 * it) that do not depend on how a meeting comes to be held.
 */
@ApplicationScoped
public class HeldMeetings {

    private final String url;
    private final String user;
    private final String password;

    HeldMeetings(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                 @ConfigProperty(name = "quarkus.datasource.username") String user,
                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password.orElse("");
    }

    public void hold(String meetingId) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement update = connection.prepareStatement(
                     "update meeting set status = 'HELD', version = version + 1 where id = ? and status = 'SCHEDULED'")) {
            update.setObject(1, UUID.fromString(meetingId));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("meeting " + meetingId + " is not SCHEDULED");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
