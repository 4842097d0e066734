package org.totalplace.governance.domain;

/** An entry of the RAID log: a risk may happen; an issue has happened. */
public enum RaidKind {
    RISK,
    ISSUE
}
