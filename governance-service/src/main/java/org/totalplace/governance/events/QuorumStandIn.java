package org.totalplace.governance.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.QuorumVerdict;

/** In meeting events: a seat that counted towards the quorum through the alternate standing in for it. */
public record QuorumStandIn(UUID membershipId, UUID alternateMembershipId) {

    static List<QuorumStandIn> of(QuorumVerdict verdict) {
        return verdict.viaAlternates().stream()
                .map(standIn -> new QuorumStandIn(standIn.seat().membershipId(), standIn.alternate().membershipId()))
                .toList();
    }
}
