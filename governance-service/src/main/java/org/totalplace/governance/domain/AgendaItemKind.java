package org.totalplace.governance.domain;

/** Where an agenda item came from. */
public enum AgendaItemKind {
    /** Copied from the group's standing agenda when the meeting was generated. */
    STANDING,
    /** Added by a person. */
    ADDED,
    /** An open barrier at the tier this group holds, carried onto its next meeting. */
    BARRIER,
    /** An open action from an earlier meeting of the group ("matters arising"). */
    MATTERS_ARISING
}
