package org.totalplace.governance.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of a meeting's attendance register.
 *
 * @param representedBy for REPRESENTED, the membership of the alternate present in their stead; null otherwise
 */
public record AttendanceMark(UUID membershipId, AttendanceStatus status, UUID representedBy) {

    public AttendanceMark {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(status, "status");
    }
}
