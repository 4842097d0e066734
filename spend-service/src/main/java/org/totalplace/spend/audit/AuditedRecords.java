package org.totalplace.spend.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /** The audited tables (V10__audit.sql). */
    public static final String TYPES =
            "spend_line|submission|ledger_import|mapping_profile|data_import|counting_rule_set|adjustment|"
            + "redesign_proposal|redesign_flow|deflator_series|journey|journey_contact";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "ledger_import";

    private AuditedRecords() {
    }
}
