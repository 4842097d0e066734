package org.totalplace.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a meeting's attendance register.
 *
 * @param representedBy for REPRESENTED, the membership of the alternate present in their stead; null otherwise
 */
@Embeddable
public record AttendanceMark(@Column(name = "membership_id") UUID membershipId,
                             @Column(name = "status") @Enumerated(EnumType.STRING) AttendanceStatus status,
                             @Column(name = "represented_by") UUID representedBy) {

    public AttendanceMark {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(status, "status");
    }
}
