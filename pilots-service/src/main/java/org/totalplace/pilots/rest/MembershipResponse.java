package org.totalplace.pilots.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.LocalAuthorityTier;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.Pilot;

/** One period of a body in a pilot's partnership; {@code to} is null while it is a member. */
@Schema(name = "Membership")
public record MembershipResponse(UUID id, PilotSummary pilot, BodySummary body, LocalDate from,
                                 @Schema(nullable = true) LocalDate to, long version) {

    static MembershipResponse of(PartnerMembership membership) {
        return new MembershipResponse(membership.id(), PilotSummary.of(membership.pilot()),
                BodySummary.of(membership.body()), membership.period().from(), membership.period().to(),
                membership.version());
    }

    @Schema(name = "PilotSummary")
    public record PilotSummary(UUID id, String code, String name) {

        static PilotSummary of(Pilot pilot) {
            return new PilotSummary(pilot.id(), pilot.code(), pilot.name());
        }
    }

    @Schema(name = "PartnerBodySummary")
    public record BodySummary(UUID id, @Schema(nullable = true) String code, String name, PartnerBodyType type,
                              @Schema(nullable = true) LocalAuthorityTier tier) {

        static BodySummary of(PartnerBody body) {
            return new BodySummary(body.id(), body.code(), body.name(), body.type(), body.tier());
        }
    }
}
