package org.totalplace.governance.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Everything about a governance group but its id and code. {@code pilotId}, {@code chair}, {@code cadence}
 * and {@code purpose} are optional; text is trimmed, and blank optional text counts as absent. Without a
 * {@code quorum} the group's quorum is a majority of its voting seats.
 */
public record GroupDetails(String name, GroupKind kind, UUID pilotId, String chair, Cadence cadence, String purpose,
                           QuorumRule quorum) {

    public GroupDetails {
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a group has a name");
        }
        Objects.requireNonNull(kind, "kind");
        chair = optional(chair);
        purpose = optional(purpose);
        quorum = quorum == null ? QuorumRule.majority() : quorum;
    }

    public GroupDetails(String name, GroupKind kind, UUID pilotId, String chair, Cadence cadence, String purpose) {
        this(name, kind, pilotId, chair, cadence, purpose, null);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
