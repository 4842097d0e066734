package org.totalplace.spend.rest;

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
import org.totalplace.spend.audit.AuditedRecords;

/**
 * Every table of the service's database either has the audit trigger, so that every change to it leaves an audit
 * entry, or is named here with the reason it has none: a table added later without either fails this test.
 */
@QuarkusTest
class AuditCoverageTest {

    private static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("audit_entry", "the audit trail itself, append-only"),
            Map.entry("outbox_event", "events on their way out, written in the change's own transaction"),
            Map.entry("processed_event", "which events the consumers have applied"),
            Map.entry("known_pilot", "a read model of pilots-service's pilots, audited there"),
            Map.entry("known_pilot_area", "a read model of pilots-service's pilot areas, audited there"),
            Map.entry("known_partner_body", "a read model of pilots-service's partner bodies, audited there"),
            Map.entry("known_partner_membership", "a read model of pilots-service's memberships, audited there"),
            Map.entry("ledger_line", "bulk source lines, written once by COPY under an audited ledger_import and never changed"),
            Map.entry("ledger_import_duplicate", "the reconciliation of an audited ledger_import, written with it"),
            Map.entry("ledger_import_rejection", "the reconciliation of an audited ledger_import, written with it"),
            Map.entry("ledger_category_total", "derived from an import's lines, written with the audited ledger_import"),
            Map.entry("data_import_rejection", "the reconciliation of an audited national-data import, written with it"),
            Map.entry("cra_line", "bulk national statistics, loaded by an audited data import"),
            Map.entry("outturn_line", "bulk national statistics, loaded by an audited data import"),
            Map.entry("population", "bulk national statistics, loaded by an audited data import"),
            Map.entry("deflator", "a deflator series, loaded as data by an audited import"),
            Map.entry("counted_figure", "derived: the count, recomputed from source lines under a rule version"),
            Map.entry("count_population", "derived: the populations a count used"),
            Map.entry("count_run", "derived: when each count was made"),
            Map.entry("count_due", "the recount queue"));

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
