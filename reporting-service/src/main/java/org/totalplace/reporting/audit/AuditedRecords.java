package org.totalplace.reporting.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /**
     * The audited tables, as a pattern: the subscriptions (V4__audit.sql; secrets and the delivery log are not
     * audited), the knowledge library's items (V5) and the open-data publications (V6).
     */
    public static final String TYPES =
            "webhook_subscription|library_item|publication";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "webhook_subscription";

    private AuditedRecords() {
    }
}
