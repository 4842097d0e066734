package org.totalplace.governance.domain;

import io.quarkus.panache.common.Parameters;
import java.util.Optional;

/**
 * A {@link PilotScope} as an HQL condition on a record's pilot id, so that a list never reads a row outside it.
 * Tokens name pilots by code and regions by display name, which this service holds in {@link KnownPilot}; a pilot
 * it does not know is in no scoped caller's scope.
 */
public final class PilotScopeCondition {

    private PilotScopeCondition() {
    }

    /**
     * Empty for a scope over every pilot (no condition); otherwise a condition on {@code pilotIdPath}, whose named
     * parameters ({@code scopeCodes}, {@code scopeRegion}) it adds to {@code parameters}. A scope over no pilot
     * matches nothing: no pilot has the code or the region "".
     */
    public static Optional<String> on(String pilotIdPath, PilotScope scope, Parameters parameters) {
        if (scope.everything()) {
            return Optional.empty();
        }
        parameters.and("scopeCodes", scope.codesOrNone()).and("scopeRegion", scope.regionOrNone());
        return Optional.of(pilotIdPath + " in (select scoped.pilotId from KnownPilot scoped"
                + " where scoped.code in :scopeCodes or scoped.region = :scopeRegion)");
    }
}
