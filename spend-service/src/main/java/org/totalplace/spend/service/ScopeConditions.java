package org.totalplace.spend.service;

import io.quarkus.panache.common.Parameters;
import org.totalplace.spend.domain.PilotScope;

/**
 * A {@link PilotScope} as a condition on a row's pilot id, through the pilots as announced (known_pilot), so that a
 * query never reads a row outside the caller's scope. A row of a pilot not known here is inside only the scope of
 * every pilot. No condition at all for that scope, so the programme office's queries stay as they were.
 * (Aggregates writes the same condition in SQL.)
 */
final class ScopeConditions {

    private ScopeConditions() {
    }

    /** An HQL condition on {@code pilotIdPath} (e.g. {@code pilotId}), or null for every pilot. */
    static String hql(PilotScope scope, String pilotIdPath, Parameters parameters) {
        if (scope.everything()) {
            return null;
        }
        parameters.and("scopeCodes", scope.codesOrNone()).and("scopeRegion", scope.regionOrNone());
        return pilotIdPath + " in (select k.pilotId from KnownPilot k "
                + "where k.code in :scopeCodes or k.region = :scopeRegion)";
    }
}
