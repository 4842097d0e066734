package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;

/**
 * Data of {@code totalplace.governance.group-created.v1}: a governance group was created.
 * Every field is always present; {@code pilotId}, {@code chair} and {@code cadence} may be null.
 * Schema: {@code /schemas/totalplace.governance.group-created.v1.json}.
 */
public record GroupCreated(
        UUID groupId,
        String code,
        String name,
        String kind,
        UUID pilotId,
        String chair,
        String cadence) {

    public static final String TYPE = "totalplace.governance.group-created.v1";

    public static GroupCreated of(GovernanceGroup group) {
        return new GroupCreated(
                group.id(),
                group.code(),
                group.name(),
                group.kind().name(),
                group.pilotId(),
                group.chair(),
                group.cadence() == null ? null : group.cadence().name());
    }
}
