package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Membership;

/** Reads of who sits on a governance group, and when. */
@ApplicationScoped
public class MembershipQueries {

    private final GroupQueries groups;
    private final Clock clock;

    MembershipQueries(GroupQueries groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * The group's memberships on {@code asOf} (today by the clock when absent), or every membership there has
     * been when {@code history}; earliest first.
     */
    public Page<Membership> list(String groupIdOrCode, Optional<LocalDate> asOf, boolean history, PageRequest request) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        Optional<LocalDate> day = history ? Optional.empty() : Optional.of(asOf.orElseGet(() -> LocalDate.now(clock)));
        var query = Membership.ofGroup(group, day);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }

    public Membership require(String groupIdOrCode, UUID membershipId) {
        return require(groups.require(groupIdOrCode), membershipId);
    }

    static Membership require(GovernanceGroup group, UUID membershipId) {
        return Membership.findIn(group, membershipId).orElseThrow(() -> new NotFoundException(
                "Governance group '" + group.code() + "' has no membership with the id '" + membershipId + "'"));
    }
}
