package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupKind;

/** A governance group as the API shows it; {@code version} is also its ETag. */
@Schema(name = "Group")
public record GroupResponse(UUID id, String code, String name, GroupKind kind,
                            @Schema(nullable = true) UUID pilotId,
                            @Schema(nullable = true) String chair,
                            @Schema(nullable = true) Cadence cadence,
                            @Schema(nullable = true) String purpose,
                            QuorumBody quorum,
                            long version, Instant createdAt, Instant updatedAt) {

    static GroupResponse of(GovernanceGroup group) {
        return new GroupResponse(group.id(), group.code(), group.name(), group.kind(), group.pilotId(), group.chair(),
                group.cadence(), group.purpose(), QuorumBody.of(group.quorum()), group.version(), group.createdAt(), group.updatedAt());
    }
}
