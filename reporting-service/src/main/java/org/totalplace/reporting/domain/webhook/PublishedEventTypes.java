package org.totalplace.reporting.domain.webhook;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every CloudEvents type the three producers publish: the types a webhook subscription may name. Each producer
 * owns the JSON Schema of its types ({@code <producer>/src/main/resources/META-INF/resources/schemas/<type>.json});
 * {@code PublishedEventTypesTest} compares this list with those files, so it cannot drift from them.
 */
public final class PublishedEventTypes {

    public static final Set<String> ALL = Set.of(
            // pilots-service
            "totalplace.pilots.expression-of-interest-received.v1",
            "totalplace.pilots.expression-of-interest-status-changed.v1",
            "totalplace.pilots.expression-of-interest-updated.v1",
            "totalplace.pilots.milestone-changed.v1",
            "totalplace.pilots.networking-event-recorded.v1",
            "totalplace.pilots.networking-event-updated.v1",
            "totalplace.pilots.parallel-place-registered.v1",
            "totalplace.pilots.parallel-place-updated.v1",
            "totalplace.pilots.partner-body-joined.v1",
            "totalplace.pilots.partner-body-left.v1",
            "totalplace.pilots.partner-body-registered.v1",
            "totalplace.pilots.partner-body-succeeded.v1",
            "totalplace.pilots.partner-body-updated.v1",
            "totalplace.pilots.pilot-areas-changed.v1",
            "totalplace.pilots.pilot-phase-changed.v1",
            "totalplace.pilots.pilot-registered.v1",
            "totalplace.pilots.pilot-tags-changed.v1",
            "totalplace.pilots.pilot-updated.v1",
            "totalplace.pilots.role-assigned.v1",
            "totalplace.pilots.role-ended.v1",
            "totalplace.pilots.submission-section-changed.v1",
            "totalplace.pilots.submission-state-changed.v1",
            // governance-service
            "totalplace.governance.action-closed.v1",
            "totalplace.governance.action-recorded.v1",
            "totalplace.governance.agenda-item-added.v1",
            "totalplace.governance.agenda-item-changed.v1",
            "totalplace.governance.attendance-recorded.v1",
            "totalplace.governance.barrier-declined.v1",
            "totalplace.governance.barrier-escalated.v1",
            "totalplace.governance.barrier-raised.v1",
            "totalplace.governance.barrier-resolved.v1",
            "totalplace.governance.decision-recorded.v1",
            "totalplace.governance.group-created.v1",
            "totalplace.governance.interdependency-recorded.v1",
            "totalplace.governance.interdependency-updated.v1",
            "totalplace.governance.key-product-changed.v1",
            "totalplace.governance.meeting-cancelled.v1",
            "totalplace.governance.meeting-held.v1",
            "totalplace.governance.meeting-scheduled.v1",
            "totalplace.governance.membership-ended.v1",
            "totalplace.governance.membership-started.v1",
            "totalplace.governance.minutes-amended.v1",
            "totalplace.governance.minutes-approved.v1",
            "totalplace.governance.minutes-circulated.v1",
            "totalplace.governance.minutes-corrected.v1",
            "totalplace.governance.minutes-drafted.v1",
            "totalplace.governance.paper-published.v1",
            "totalplace.governance.paper-revised.v1",
            "totalplace.governance.risk-closed.v1",
            "totalplace.governance.risk-recorded.v1",
            "totalplace.governance.risk-updated.v1",
            "totalplace.governance.rollout-element-changed.v1",
            "totalplace.governance.rollout-element-recorded.v1",
            "totalplace.governance.standing-agenda-changed.v1",
            // spend-service
            "totalplace.spend.adjustment-recorded.v1",
            "totalplace.spend.adjustment-withdrawn.v1",
            "totalplace.spend.import-reconciled.v1",
            "totalplace.spend.journey-costed.v1",
            "totalplace.spend.pilot-totals-changed.v1",
            "totalplace.spend.redesign-proposal-changed.v1",
            "totalplace.spend.spend-line-recorded.v1",
            "totalplace.spend.submission-state-changed.v1"
    );

    private PublishedEventTypes() {
    }

    public static boolean isPublished(String type) {
        return type != null && ALL.contains(type);
    }

    /** The types in alphabetical order, for error messages and documentation. */
    public static List<String> sorted() {
        return List.copyOf(new TreeSet<>(ALL));
    }
}
