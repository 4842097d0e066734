package org.totalplace.governance.domain;

/** One entry of a barrier's history. */
public enum BarrierStepKind {
    RAISED,
    ESCALATED,
    RESOLVED,
    DECLINED
}
