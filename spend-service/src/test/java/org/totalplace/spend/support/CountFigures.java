package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Rows of the count written straight into counted_figure, count_population and counting_rule_set with plain SQL,
 * and read back with plain SQL. The lead's recount (which will fill these tables from the sources) is not merged
 * yet, so the aggregate tests make their own counted figures here; the end-to-end tests come with the recount.
 */
@ApplicationScoped
public class CountFigures {

    private final DataSource dataSource;

    CountFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private final List<Integer> created = new java.util.ArrayList<>();

    /**
     * A new rule set version, one above any stored, DRAFT or PUBLISHED, with the first edition's definition (the
     * service may recount under any published version while it exists). {@link #forgetRuleVersions} removes it.
     */
    public synchronized int newRuleVersion(String name, boolean published) {
        int version = ((Number) rows("select coalesce(max(version), 0) + 1 from counting_rule_set").get(0)[0]).intValue();
        update("""
                insert into counting_rule_set (version, name, status, definition, created_at, published_at)
                select ?, ?, ?, definition, now(), case when ? then now() end
                from counting_rule_set where version = 1""",
                version, name, published ? "PUBLISHED" : "DRAFT", published);
        created.add(version);
        return version;
    }

    /** Removes the versions this test made, with their figures, so that no later count runs under them. */
    public synchronized void forgetRuleVersions() {
        for (Integer version : created) {
            update("delete from counted_figure where rule_version = ?", version);
            update("delete from count_run where rule_version = ?", version);
            update("delete from counting_rule_set where version = ?", version);
        }
        created.clear();
    }

    /** One counted figure; exclusion null means treatment 'counted', else 'excluded' with that reason. */
    public void figure(int version, UUID pilot, String year, String method, String body, String l1, String l2,
                       String spendType, String exclusion, String amount, long lines) {
        update("""
                insert into counted_figure (rule_version, pilot_id, financial_year, method, body, function_l1,
                                            function_l2, spend_type, treatment, exclusion, amount, line_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as numeric), ?)""",
                version, pilot, year, method, body, l1, l2, spendType, exclusion == null ? "counted" : "excluded",
                exclusion, amount, lines);
    }

    public void population(UUID pilot, String year, Long population, String whyNone) {
        update("""
                insert into count_population (pilot_id, financial_year, population, population_year, columns, why_none)
                values (?, ?, ?, ?, 'test', ?)""",
                pilot, year, population, Integer.parseInt(year.substring(0, 4)), whyNone);
    }

    /** Rows of any query, each column as JDBC gives it (numeric as BigDecimal). */
    public List<Object[]> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        Object value = result.getObject(c + 1);
                        row[c] = value instanceof String text ? text.strip() : value;
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public BigDecimal decimal(String sql, Object... parameters) {
        return (BigDecimal) rows(sql, parameters).get(0)[0];
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
