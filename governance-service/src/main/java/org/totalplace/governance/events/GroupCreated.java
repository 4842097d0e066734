package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;

/**
 * Data of {@code totalplace.governance.group-created.v1}: a governance group was created.
 * Every field is always present; {@code pilotId}, {@code chair} and {@code cadence} may be null. Events
 * published before {@code quorum} existed lack it; their groups' quorum is MAJORITY.
 * Schema: {@code /schemas/totalplace.governance.group-created.v1.json}.
 */
public record GroupCreated(
        UUID groupId,
        String code,
        String name,
        String kind,
        UUID pilotId,
        String chair,
        String cadence,
        Quorum quorum) {

    public static final String TYPE = "totalplace.governance.group-created.v1";

    public static GroupCreated of(GovernanceGroup group) {
        return new GroupCreated(
                group.id(),
                group.code(),
                group.name(),
                group.kind().name(),
                group.pilotId(),
                group.chair(),
                group.cadence() == null ? null : group.cadence().name(),
                new Quorum(group.quorum().kind().name(), group.quorum().seats()));
    }

    /** The group's quorum rule; {@code seats} is null for MAJORITY. Added after v1 was first published. */
    public record Quorum(String kind, Integer seats) {
    }
}
