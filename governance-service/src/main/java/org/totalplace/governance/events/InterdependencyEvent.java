package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.Interdependency;

/**
 * Data of {@code totalplace.governance.interdependency-recorded.v1} and {@code interdependency-updated.v1}: the
 * interdependency after the change. Key: its id.
 */
public record InterdependencyEvent(
        UUID interdependencyId,
        String programme,
        String description,
        String owner,
        String nature,
        long version) {

    public static final String RECORDED = "totalplace.governance.interdependency-recorded.v1";
    public static final String UPDATED = "totalplace.governance.interdependency-updated.v1";

    public static InterdependencyEvent of(Interdependency interdependency) {
        return new InterdependencyEvent(interdependency.id(), interdependency.programme(),
                interdependency.description(), interdependency.owner(), interdependency.nature().name(),
                interdependency.version());
    }
}
