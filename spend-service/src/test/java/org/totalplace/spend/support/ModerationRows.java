package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Moderation's rows read and written with plain SQL over a connection of its own: partner bodies as kept from
 * pilots-service's events, and — until the lead's recount is merged — the count's own tables (counting_rule_set,
 * counted_figure, count_population), which only the recount writes in the service.
 */
@ApplicationScoped
public class ModerationRows {

    private final DataSource dataSource;

    ModerationRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pilot's memberships as "bodyName|type|code|joined|left@version", by body name. */
    public List<String> memberships(UUID pilotId) {
        return strings("""
                select body_name || '|' || body_type || '|' || coalesce(body_code, 'null') || '|' || joined_on
                       || '|' || coalesce(left_on::text, 'open') || '@' || version
                from known_partner_membership where pilot_id = ? order by body_name, joined_on""", pilotId);
    }

    /** The register entry as "name|type|code@version", if kept. */
    public List<String> partnerBody(UUID bodyId) {
        return strings("""
                select name || '|' || type || '|' || coalesce(code, 'null') || '@' || version
                from known_partner_body where body_id = ?""", bodyId);
    }

    /** Adds a partner body to a known pilot from {@code joined} ({@code left} null: still a member). */
    public UUID member(UUID pilotId, String name, String type, String code, String joined, String left) {
        UUID bodyId = UUID.randomUUID();
        execute("""
                insert into known_partner_membership (membership_id, pilot_id, body_id, body_name, body_type, body_code,
                    joined_on, left_on, version, updated_at) values (?, ?, ?, ?, ?, ?, ?::date, ?::date, 0, now())""",
                UUID.randomUUID(), pilotId, bodyId, name, type, code, joined, left);
        return bodyId;
    }

    /**
     * A fresh rule set version for figures written by hand: a DRAFT copy of the latest version's definition, so that
     * the recount (which counts under published versions only) never touches it and every definition stays valid.
     */
    public int draftRuleSet() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into counting_rule_set (version, name, status, definition, created_at, published_at)
                     select version + 1, 'moderation test rules', 'DRAFT', definition, now(), null
                     from counting_rule_set order by version desc limit 1 returning version""")) {
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One counted_figure row (line_count 1). */
    public void figure(int ruleVersion, UUID pilotId, String year, String method, String body, String l2,
                       String treatment, String amount) {
        String l1 = l2.contains(".") ? l2.substring(0, l2.indexOf('.')) : l2;
        execute("""
                insert into counted_figure (rule_version, pilot_id, financial_year, method, body, function_l1,
                    function_l2, spend_type, treatment, exclusion, amount, line_count)
                values (?, ?, ?, ?, ?, ?, ?, 'revenue', ?, ?, ?::numeric, 1)""",
                ruleVersion, pilotId, year, method, body, l1, l2, treatment,
                "excluded".equals(treatment) ? "transfer to another counted body" : null, amount);
    }

    /** The count's population of a pilot's year; population null with why_none when it has none. */
    public void population(UUID pilotId, String year, Long population, String whyNone) {
        execute("""
                insert into count_population (pilot_id, financial_year, population, population_year, columns, why_none)
                values (?, ?, ?, 2009, 'test', ?)""", pilotId, year, population, whyNone);
    }

    private void execute(String sql, Object... parameters) {
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

    private List<String> strings(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
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
