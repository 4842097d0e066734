package org.totalplace.governance.domain;

/** DRAFT → AWAITING_APPROVAL → APPROVED (final); a rejection sends it back to DRAFT. */
public enum KeyProductStatus {
    DRAFT,
    AWAITING_APPROVAL,
    APPROVED
}
