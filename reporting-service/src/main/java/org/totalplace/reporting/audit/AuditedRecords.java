package org.totalplace.reporting.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /** The audited tables (V4__audit.sql): the subscriptions; secrets and the delivery log are not audited. */
    public static final String TYPES =
            "webhook_subscription";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "webhook_subscription";

    private AuditedRecords() {
    }
}
