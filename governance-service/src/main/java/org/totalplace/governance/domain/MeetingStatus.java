package org.totalplace.governance.domain;

/** Where a meeting is in its life: its agenda can change only while it is {@link #SCHEDULED}. */
public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
