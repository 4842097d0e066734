package org.totalplace.governance.domain;

/** What a key product of the programme is. */
public enum KeyProductKind {
    /** The summary of the pilots' findings for the Pre-Budget Report submission. */
    PBR_SUMMARY,
    BUDGET_REPORT,
    COMMUNICATION,
    OTHER
}
