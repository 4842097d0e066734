package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.MembershipRole;

/** One membership of a governance group; {@code to} is null while it lasts; {@code version} is also its ETag. */
@Schema(name = "GroupMembership")
public record MembershipResponse(UUID id, UUID groupId,
                                 @Schema(nullable = true) String person,
                                 @Schema(nullable = true) String post,
                                 MembershipRole role,
                                 @Schema(nullable = true) UUID alternateFor,
                                 @Schema(nullable = true) String onBehalfOf,
                                 LocalDate from,
                                 @Schema(nullable = true) LocalDate to,
                                 long version, Instant createdAt, Instant updatedAt) {

    static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.id(), membership.groupId(), membership.person(), membership.post(),
                membership.role(), membership.alternateFor(), membership.onBehalfOf(), membership.tenure().from(),
                membership.tenure().to(), membership.version(), membership.createdAt(), membership.updatedAt());
    }
}
