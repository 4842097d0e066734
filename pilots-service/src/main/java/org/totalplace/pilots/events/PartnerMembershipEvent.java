package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.pilots.domain.PartnerMembership;

/**
 * The data of partner-body-joined and partner-body-left: one period of a body in a pilot's partnership,
 * with enough of the body that a consumer needs no lookup. {@code to} is null until the body leaves.
 */
public record PartnerMembershipEvent(UUID membershipId, UUID pilotId, String pilotCode, UUID bodyId,
                                     String bodyName, String bodyType, String bodyCode, LocalDate from,
                                     LocalDate to, long version) {

    public static final String JOINED = "totalplace.pilots.partner-body-joined.v1";
    public static final String LEFT = "totalplace.pilots.partner-body-left.v1";

    public static PartnerMembershipEvent of(PartnerMembership membership) {
        return new PartnerMembershipEvent(membership.id(), membership.pilot().id(), membership.pilot().code(),
                membership.body().id(), membership.body().name(), membership.body().type().name(),
                membership.body().code(), membership.period().from(), membership.period().to(), membership.version());
    }
}
