package org.totalplace.governance.domain;

/** What kind of obstacle a barrier is. */
public enum BarrierCategory {
    LEGISLATION,
    /** Funding rules, including ring-fencing. */
    FUNDING_RULES,
    PERFORMANCE_REGIME,
    DATA_SHARING,
    CULTURE,
    OTHER
}
