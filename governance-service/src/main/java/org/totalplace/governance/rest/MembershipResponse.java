package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.MembershipRole;
import org.totalplace.governance.service.BodyViews;
import org.totalplace.governance.service.KnownBodies;

/**
 * One membership of a governance group; {@code to} is null while it lasts; {@code version} is also its ETag.
 * {@code onBehalfOf} stays as recorded; {@code onBehalfOfBody} is the body as it was when the membership began,
 * {@code currentBody} what it has become.
 */
@Schema(name = "GroupMembership")
public record MembershipResponse(UUID id, UUID groupId,
                                 @Schema(nullable = true) String person,
                                 @Schema(nullable = true) String post,
                                 MembershipRole role,
                                 @Schema(nullable = true) UUID alternateFor,
                                 @Schema(nullable = true) String onBehalfOf,
                                 @Schema(nullable = true, description = "The known body onBehalfOf names (by code or any name it bore), as it was on the membership's first day; null when it names none")
                                 BodyResponse onBehalfOfBody,
                                 @Schema(nullable = true, description = "That body's successors followed to today; null when it names none")
                                 CurrentBodyResponse currentBody,
                                 LocalDate from,
                                 @Schema(nullable = true) LocalDate to,
                                 long version, Instant createdAt, Instant updatedAt) {

    static MembershipResponse of(Membership membership, KnownBodies bodies) {
        BodyViews body = bodies.views(membership.onBehalfOf(), membership.tenure().from());
        return new MembershipResponse(membership.id(), membership.groupId(), membership.person(), membership.post(),
                membership.role(), membership.alternateFor(), membership.onBehalfOf(),
                BodyResponse.of(body.asRecorded()), CurrentBodyResponse.of(body.current()), membership.tenure().from(),
                membership.tenure().to(), membership.version(), membership.createdAt(), membership.updatedAt());
    }
}
