package org.totalplace.governance.audit;

/** The kinds of record this service audits: the tables with the audit trigger. */
public final class AuditedRecords {

    /** The audited tables (V9__audit.sql; barrier_comment V10). */
    public static final String TYPES =
            "governance_group|group_membership|barrier|barrier_step|barrier_comment|raid_item|key_product|interdependency|"
            + "standing_agenda_item|meeting_series|meeting|agenda_item|paper|paper_paragraph|attendance_register|"
            + "attendance_entry|attendance_guest|meeting_minutes|minutes_amendment|minutes_correction|decision|"
            + "action_item|rollout_element|rollout_element_barrier";
    /** One of them, for the API documentation. */
    public static final String EXAMPLE = "governance_group";

    private AuditedRecords() {
    }
}
