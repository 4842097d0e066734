package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A membership as the attendance and quorum rules see it.
 *
 * @param alternateFor for an ALTERNATE, the membership it stands in for; null otherwise
 */
public record Seat(UUID membershipId, String holder, MembershipRole role, UUID alternateFor, Tenure tenure) {

    public Seat {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tenure, "tenure");
    }

    public boolean inPostOn(LocalDate day) {
        return tenure.includes(day);
    }

    /** Chair, vice-chair and members vote; alternates only through the seat they stand in for. */
    public boolean votesOn(LocalDate day) {
        return inPostOn(day)
                && (role == MembershipRole.CHAIR || role == MembershipRole.VICE_CHAIR || role == MembershipRole.MEMBER);
    }

    public boolean standsInFor(Seat seat) {
        return role == MembershipRole.ALTERNATE && seat.membershipId.equals(alternateFor);
    }
}
