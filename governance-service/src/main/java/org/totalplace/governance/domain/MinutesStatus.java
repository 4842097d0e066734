package org.totalplace.governance.domain;

/** The minutes of a meeting: none yet, a draft, circulated to members, or approved at a later meeting. */
public enum MinutesStatus {
    NONE,
    DRAFT,
    CIRCULATED,
    APPROVED
}
