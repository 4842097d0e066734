package org.totalplace.pilots.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.LocalAuthorityTier;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.service.MembershipView;

/**
 * One period of a body in a pilot's partnership; {@code to} is null while it is a member. The body is shown as it
 * was on the list's day (in a history, the day the period began): its name then, and its successor once it had one.
 */
@Schema(name = "Membership")
public record MembershipResponse(UUID id, PilotSummary pilot, BodySummary body, LocalDate from,
                                 @Schema(nullable = true) LocalDate to, long version) {

    static MembershipResponse of(MembershipView view) {
        PartnerMembership membership = view.membership();
        return new MembershipResponse(membership.id(), PilotSummary.of(membership.pilot()),
                BodySummary.of(view), membership.period().from(), membership.period().to(),
                membership.version());
    }

    @Schema(name = "PilotSummary")
    public record PilotSummary(UUID id, String code, String name) {

        static PilotSummary of(Pilot pilot) {
            return new PilotSummary(pilot.id(), pilot.code(), pilot.name());
        }
    }

    @Schema(name = "PartnerBodySummary")
    public record BodySummary(UUID id, @Schema(nullable = true) String code,
                              @Schema(description = "The body's name on the view's day") String name,
                              PartnerBodyType type, @Schema(nullable = true) LocalAuthorityTier tier,
                              @Schema(nullable = true, description = "From the day the body was merged or abolished, "
                                      + "the body its functions went to; null before, and for an abolition without one")
                              SuccessorResponse successor,
                              @Schema(nullable = true, description = "The first day the body no longer existed, when "
                                      + "that was on or before the view's day")
                              LocalDate endedOn) {

        static BodySummary of(MembershipView view) {
            PartnerBody body = view.membership().body();
            return new BodySummary(body.id(), body.code(), view.bodyName(), body.type(), body.tier(),
                    SuccessorResponse.orNull(view.bodyEnd()),
                    view.bodyEnd().map(end -> end.effectiveOn()).orElse(null));
        }
    }
}
