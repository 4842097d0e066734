package org.totalplace.governance.domain;

/** What can happen to an open action. */
public enum ActionMove {
    COMPLETE,
    DROP
}
