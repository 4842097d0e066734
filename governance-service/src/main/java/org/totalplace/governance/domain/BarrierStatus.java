package org.totalplace.governance.domain;

/** A barrier is open until someone with the power to remove it resolves or declines it. */
public enum BarrierStatus {
    OPEN,
    RESOLVED,
    DECLINED
}
