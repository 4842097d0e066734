package org.totalplace.governance.domain;

/** An action is OPEN until its owner has done it (DONE) or the group drops it (DROPPED); both are final. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
