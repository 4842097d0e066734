package org.totalplace.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.audit.AuditedRecords;

/**
 * Every table of the service's database either has the audit trigger, so that every change to it leaves an audit
 * entry, or is named here with the reason it has none: a table added later without either fails this test.
 */
@QuarkusTest
class AuditCoverageTest {

    private static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("audit_entry", "the audit trail itself, append-only"),
            Map.entry("processed_event", "which events the consumers have applied"),
            Map.entry("journal_event", "the event journal: the producers' events as received, audited at their source"),
            Map.entry("pilot_view", "a read model built from events"),
            Map.entry("group_view", "a read model built from events"),
            Map.entry("spend_total", "a read model built from events"),
            Map.entry("webhook_secret", "subscription secrets: never copied into the audit trail"),
            Map.entry("webhook_delivery", "the delivery log: every attempt is itself a record"),
            Map.entry("webhook_attempt", "the delivery log: every attempt is itself a record"));

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void shouldAuditEveryTableButThoseNamedWithAReason() throws SQLException {
        Map<String, Boolean> tables = tables();
        Set<String> unexplained = new TreeSet<>();
        Set<String> explainedButAudited = new TreeSet<>();
        tables.forEach((table, audited) -> {
            if (!audited && !NOT_AUDITED.containsKey(table)) {
                unexplained.add(table);
            }
            if (audited && NOT_AUDITED.containsKey(table)) {
                explainedButAudited.add(table);
            }
        });

        assertThat(unexplained).as("tables with neither the audit trigger nor a reason here").isEmpty();
        assertThat(explainedButAudited).as("audited tables still listed as not audited").isEmpty();
        assertThat(tables.keySet()).as("every table named as not audited exists").containsAll(NOT_AUDITED.keySet());
    }

    @Test
    void shouldLetEveryAuditedTableBeQueriedByItsRecordType() throws SQLException {
        Set<String> audited = new TreeSet<>();
        tables().forEach((table, isAudited) -> {
            if (isAudited) {
                audited.add(table);
            }
        });

        assertThat(new TreeSet<>(Set.of(AuditedRecords.TYPES.split("\\|")))).isEqualTo(audited);
    }

    /** The tables of the service's schema (Flyway's own aside), each with whether the audit trigger is on it. */
    private Map<String, Boolean> tables() throws SQLException {
        Map<String, Boolean> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
             ResultSet rows = connection.createStatement().executeQuery("""
                     select c.relname,
                            exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                    where t.tgrelid = c.oid and p.proname = 'audit_change') as audited
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = current_schema() and c.relkind in ('r', 'p')
                       and c.relname <> 'flyway_schema_history'
                     """)) {
            while (rows.next()) {
                tables.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return tables;
    }
}
