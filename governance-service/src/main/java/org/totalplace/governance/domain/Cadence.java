package org.totalplace.governance.domain;

/** How often a governance group meets. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    QUARTERLY,
    AD_HOC
}
