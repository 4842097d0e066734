package org.totalplace.spend.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.totalplace.spend.domain.Place;

/**
 * Where spend's records lie: a pilot as pilots-service announced it (known_pilot: code and region), and each record
 * served by id in the place of its pilot. One query per look-up, over the pool's connection, so that checking a
 * request (a ledger import among them) costs one indexed read.
 *
 * <p>A record whose pilot is not (yet) known here lies {@link #UNKNOWN_PILOT nowhere}: only a caller whose scope is
 * every pilot reaches it; a caller scoped to pilots or a region is refused rather than shown it.
 */
@ApplicationScoped
public class SpendPlaces implements Places {

    /** The place of a pilot this service has not heard of: inside no scope but "every pilot". */
    static final Place UNKNOWN_PILOT = new Place(Optional.empty(), Optional.empty());

    private static final String PLACE_OF_PILOT = " left join known_pilot kp on kp.pilot_id = ";

    /** Per resource, the query giving (found, code, region) of the record with the id bound as its one parameter. */
    private static final Map<Class<?>, String> RECORDS = Map.of(
            SubmissionResource.class, "select kp.code, kp.region from submission s"
                    + PLACE_OF_PILOT + "s.pilot_id where s.id = ?",
            SpendLineResource.class, "select kp.code, kp.region from spend_line sl"
                    + PLACE_OF_PILOT + "sl.pilot_id where sl.id = ?",
            ImportResource.class, "select kp.code, kp.region from ledger_import li "
                    + "join submission s on s.id = li.submission_id"
                    + PLACE_OF_PILOT + "s.pilot_id where li.id = ?",
            RedesignProposalResource.class, "select kp.code, kp.region from redesign_proposal rp"
                    + PLACE_OF_PILOT + "rp.pilot_id where rp.id = ?",
            JourneyResource.class, "select kp.code, kp.region from journey j"
                    + PLACE_OF_PILOT + "j.pilot_id where j.id = ?");

    private final DataSource dataSource;

    SpendPlaces(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Place> pilot(String idOrCode) {
        if (idOrCode == null) {
            return Optional.empty();
        }
        Optional<UUID> id = uuid(idOrCode);
        return id.isPresent()
                ? place("select code, region from known_pilot kp where pilot_id = ?", id.get(), false)
                : place("select code, region from known_pilot kp where code = ? order by pilot_id limit 1", idOrCode,
                        false);
    }

    /** The place of the pilot with {@code id}; {@link #UNKNOWN_PILOT} when this service has not heard of it. */
    public Place pilot(UUID id) {
        return place("select code, region from known_pilot kp where pilot_id = ?", id, false).orElse(UNKNOWN_PILOT);
    }

    @Override
    public Optional<Place> record(Class<?> resource, String id) {
        String sql = RECORDS.get(resource);
        if (sql == null || id == null) {
            return Optional.empty();
        }
        return uuid(id).flatMap(key -> place(sql, key, true));
    }

    /** {@code pilotMayBeUnknown}: a found row without a known pilot is {@link #UNKNOWN_PILOT}, not empty. */
    private Optional<Place> place(String sql, Object key, boolean pilotMayBeUnknown) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String code = rows.getString(1);
                if (code == null) {
                    return pilotMayBeUnknown ? Optional.of(UNKNOWN_PILOT) : Optional.empty();
                }
                return Optional.of(Place.pilot(code, rows.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the place of a request", e);
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
