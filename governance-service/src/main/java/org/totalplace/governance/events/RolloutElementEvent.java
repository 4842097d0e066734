package org.totalplace.governance.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.RolloutElement;

/**
 * Data of {@code totalplace.governance.rollout-element-recorded.v1} and {@code rollout-element-changed.v1}: the
 * element after the change, and for a change what changed ({@code REVISED}, {@code BARRIERS_LINKED},
 * {@code STATUS_CHANGED}; null when recorded). Key: the element id.
 */
public record RolloutElementEvent(
        UUID elementId,
        String kind,
        String hypothesis,
        List<String> outcomesSought,
        List<UUID> barrierIds,
        List<String> waysToOvercome,
        String status,
        String statusReason,
        String change,
        long version) {

    public static final String RECORDED = "totalplace.governance.rollout-element-recorded.v1";
    public static final String CHANGED = "totalplace.governance.rollout-element-changed.v1";

    public static final String REVISED = "REVISED";
    public static final String BARRIERS_LINKED = "BARRIERS_LINKED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";

    public static RolloutElementEvent recorded(RolloutElement element) {
        return of(element, null);
    }

    public static RolloutElementEvent changed(RolloutElement element, String change) {
        return of(element, change);
    }

    private static RolloutElementEvent of(RolloutElement element, String change) {
        return new RolloutElementEvent(element.id(), element.kind().name(), element.hypothesis(),
                element.outcomesSought(), element.barrierIds(), element.waysToOvercome(), element.status().name(),
                element.statusReason(), change, element.version());
    }
}
