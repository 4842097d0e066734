package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Membership;

/**
 * Data of {@code membership-started} and {@code membership-ended}: one membership of a governance group as it
 * stands after the change. Every field is always present; {@code person} or {@code post} is null (exactly one
 * is given), {@code alternateFor}, {@code onBehalfOf} and {@code to} may be null.
 */
public record MembershipEvent(UUID membershipId, UUID groupId, String groupCode, String person, String post,
                              String role, UUID alternateFor, String onBehalfOf, LocalDate from, LocalDate to,
                              long version) {

    public static final String STARTED = "totalplace.governance.membership-started.v1";
    public static final String ENDED = "totalplace.governance.membership-ended.v1";

    public static MembershipEvent of(GovernanceGroup group, Membership membership) {
        return new MembershipEvent(membership.id(), group.id(), group.code(), membership.person(), membership.post(),
                membership.role().name(), membership.alternateFor(), membership.onBehalfOf(),
                membership.tenure().from(), membership.tenure().to(), membership.version());
    }
}
