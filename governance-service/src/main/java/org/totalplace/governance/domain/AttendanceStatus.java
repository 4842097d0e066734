package org.totalplace.governance.domain;

/** What the attendance register says of one membership at one meeting. */
public enum AttendanceStatus {
    PRESENT,
    /** Sent apologies and no one stood in. */
    APOLOGIES,
    ABSENT,
    /** Away, with their alternate present in their stead; the entry names the alternate's membership. */
    REPRESENTED
}
