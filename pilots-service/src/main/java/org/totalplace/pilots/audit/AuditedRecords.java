package org.totalplace.pilots.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /** The audited tables (V6__audit.sql). */
    public static final String TYPES =
            "pilot|pilot_alias|pilot_area|partner_body|pilot_partner_body|pilot_role|reporting_point|"
            + "reporting_point_section|milestone|submission|submission_section|expression_of_interest|"
            + "expression_of_interest_forwarded_to";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "pilot";

    private AuditedRecords() {
    }
}
