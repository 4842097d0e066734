package org.totalplace.reporting.domain.webhook;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a subscription wants an event: it is active, it names the event's exact type, the event is about a
 * pilot that lies in the subscription's region, and, when the subscription lists pilots, that pilot is one of
 * them. An event about no pilot (e.g. a meeting of the ministerial group) or about a pilot reporting has not yet
 * heard of (no region known) goes to no subscription: every subscription is a Government Office's, scoped to its
 * region, and such an event belongs to no region.
 *
 * @param pilotIds null or empty = every pilot of the region
 */
public record SubscriptionMatch(boolean active, String region, Set<String> eventTypes, Set<UUID> pilotIds) {

    /**
     * @param type        the event's CloudEvents type
     * @param pilotId     the pilot the event is about, null when none
     * @param pilotRegion that pilot's region as reporting knows it, null when unknown
     */
    public boolean wants(String type, UUID pilotId, String pilotRegion) {
        if (!active || type == null || !eventTypes.contains(type)) {
            return false;
        }
        if (pilotId == null || pilotRegion == null || !pilotRegion.equals(region)) {
            return false;
        }
        return pilotIds == null || pilotIds.isEmpty() || pilotIds.contains(pilotId);
    }
}
