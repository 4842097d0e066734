package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What is really committed in the database, read over its own connection with plain SQL so that tests
 * do not see the application's view (its session, its transaction) of the data.
 */
@ApplicationScoped
public class StoredRows {

    private final DataSource dataSource;

    StoredRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long spendLinesOf(UUID pilotId) {
        return count("select count(*) from spend_line where pilot_id = ?", pilotId);
    }

    /** Outbox rows whose event is about this pilot (spend events are keyed by pilot). */
    public long outboxRowsAbout(UUID pilotId) {
        return count("select count(*) from outbox_event where aggregate_id = ?", pilotId.toString());
    }

    /** Outbox rows about the pilot of one event type. */
    public long outboxRowsAbout(UUID pilotId, String type) {
        return count("select count(*) from outbox_event where aggregate_id = ? and type = '" + type.replace("'", "")
                + "'", pilotId.toString());
    }

    public long unsentOutboxRowsAbout(UUID pilotId) {
        return count("select count(*) from outbox_event where aggregate_id = ? and sent_at is null",
                pilotId.toString());
    }

    /** The amount column exactly as PostgreSQL prints it. */
    public String amountText(UUID spendLineId) {
        return text("select amount::text from spend_line where id = ?", spendLineId);
    }

    /** The sum of one pilot's amounts, computed by PostgreSQL on numeric(19,2). */
    public String totalText(UUID pilotId) {
        return text("select sum(amount)::text from spend_line where pilot_id = ?", pilotId);
    }

    /** Lines stored for one ledger import. */
    public long ledgerLinesOf(UUID importId) {
        return count("select count(*) from ledger_line where import_id = ?", importId);
    }

    /** The sum of one import's lines, computed by PostgreSQL on numeric(19,2). */
    public String ledgerTotalText(UUID importId) {
        return text("select coalesce(sum(amount), 0.00)::text from ledger_line where import_id = ?", importId);
    }

    /** One stored ledger line, as text: amount|period|date|supplier|level1|level2|level3|ref. */
    public String ledgerLineText(UUID importId, int lineNumber) {
        return text("select concat_ws('|', amount, coalesce(period, ''), coalesce(payment_date::text, ''), "
                + "coalesce(supplier, ''), coalesce(service_level_1, ''), coalesce(service_level_2, ''), "
                + "coalesce(service_level_3, ''), coalesce(transaction_ref, '')) from ledger_line where import_id = '"
                + importId
                + "' and line_number = ?", lineNumber);
    }

    private long count(String sql, Object parameter) {
        return query(sql, parameter, rows -> rows.getLong(1));
    }

    private String text(String sql, Object parameter) {
        return query(sql, parameter, rows -> rows.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, Object parameter, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return column.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
