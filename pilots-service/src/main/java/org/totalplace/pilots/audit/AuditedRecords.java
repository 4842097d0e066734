package org.totalplace.pilots.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /** The audited tables (V6__audit.sql, V7__places.sql). */
    public static final String TYPES =
            "pilot|pilot_alias|pilot_area|partner_body|pilot_partner_body|pilot_role|reporting_point|"
            + "reporting_point_section|milestone|submission|submission_section|expression_of_interest|"
            + "expression_of_interest_forwarded_to|pilot_tag|parallel_place|parallel_place_alias|parallel_place_tag|"
            + "networking_event|networking_event_attendee|networking_event_speaker|partner_body_succession";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "pilot";

    private AuditedRecords() {
    }
}
