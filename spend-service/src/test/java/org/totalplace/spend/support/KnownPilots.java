package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The local copy of pilots as committed, read with plain SQL over a connection of its own. */
@ApplicationScoped
public class KnownPilots {

    private final DataSource dataSource;

    KnownPilots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A pilot this service has heard of, with a fresh id and the given areas, each "registerCode|gssCode|name" (as
     * a pilot-areas-changed would leave it).
     */
    public UUID known(String name, String region, List<String> areas) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement pilot = connection.prepareStatement("""
                     insert into known_pilot (pilot_id, code, name, region, version, areas_version, updated_at)
                     values (?, ?, ?, ?, 1, 1, now())""");
             PreparedStatement area = connection.prepareStatement("""
                     insert into known_pilot_area (pilot_id, register_code, gss_code, name) values (?, ?, ?, ?)""")) {
            pilot.setObject(1, id);
            pilot.setString(2, codeOf(id));
            pilot.setString(3, name);
            pilot.setString(4, region);
            pilot.executeUpdate();
            for (String text : areas) {
                String[] parts = text.split("\\|", -1);
                area.setObject(1, id);
                area.setString(2, parts[0]);
                area.setString(3, parts[1].isEmpty() ? null : parts[1]);
                area.setString(4, parts[2]);
                area.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code {@link #known} gives the pilot with {@code id}. */
    public static String codeOf(UUID id) {
        return "pilot-" + id.toString().substring(0, 8);
    }

    /** "name|region@version" of the pilot as kept, if it is known. */
    public Optional<String> nameRegionAndVersion(UUID pilotId) {
        List<String> rows = strings("select name || '|' || region || '@' || version from known_pilot where pilot_id = ?",
                pilotId);
        return rows.stream().findFirst();
    }

    /** The pilot's areas as "name/registerCode/gssCode" (gss "null" when none), by name. */
    public List<String> areas(UUID pilotId) {
        return strings("""
                select name || '/' || register_code || '/' || coalesce(gss_code, 'null')
                from known_pilot_area where pilot_id = ? order by name, register_code""", pilotId);
    }

    public long processed(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
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

    private List<String> strings(String sql, UUID pilotId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, pilotId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
