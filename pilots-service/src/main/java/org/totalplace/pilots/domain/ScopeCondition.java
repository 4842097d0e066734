package org.totalplace.pilots.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link PilotScope} as an HQL condition on a pilot's code and region, so that a list never reads a row outside
 * it. "1 = 1" for a scope over every pilot, "1 = 0" for one over none.
 */
public final class ScopeCondition {

    private ScopeCondition() {
    }

    /**
     * @param code       the HQL path of the pilot's code, e.g. {@code p.code}
     * @param region     the HQL path of its {@link Region}, e.g. {@code p.region}
     * @param parameters where the condition's named parameters go ({@code scopeCodes}, {@code scopeRegion})
     */
    public static String of(PilotScope scope, String code, String region, Map<String, Object> parameters) {
        if (scope.everything()) {
            return "1 = 1";
        }
        List<String> either = new ArrayList<>();
        if (!scope.codes().isEmpty()) {
            either.add(code + " in :scopeCodes");
            parameters.put("scopeCodes", scope.codes());
        }
        scope.region().flatMap(Region::fromDisplayName).ifPresent(known -> {
            either.add(region + " = :scopeRegion");
            parameters.put("scopeRegion", known);
        });
        return either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")";
    }
}
