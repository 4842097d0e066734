package org.totalplace.pilots.domain;

/** Where a milestone stands: PLANNED until it is MET or MISSED, and either outcome is final. */
public enum MilestoneStatus {
    PLANNED,
    MET,
    MISSED;

    public boolean isFinal() {
        return this != PLANNED;
    }
}
