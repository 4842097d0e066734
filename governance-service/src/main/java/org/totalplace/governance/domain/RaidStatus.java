package org.totalplace.governance.domain;

/** A risk or issue is open until it is closed; closed is final. */
public enum RaidStatus {
    OPEN,
    CLOSED
}
