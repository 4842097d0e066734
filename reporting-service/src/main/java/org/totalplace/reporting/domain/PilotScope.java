package org.totalplace.reporting.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The pilots a caller may see or change by one permission: all of them, or those with one of {@code codes}, or those
 * in {@code region} (a Government Office's). List queries take it as a predicate, so that rows outside it are never
 * read, let alone paged and then dropped.
 */
public record PilotScope(boolean everything, Set<String> codes, Optional<String> region) {

    private static final PilotScope ALL = new PilotScope(true, Set.of(), Optional.empty());
    private static final PilotScope NONE = new PilotScope(false, Set.of(), Optional.empty());

    public PilotScope {
        codes = Set.copyOf(codes);
        region = region == null ? Optional.empty() : region;
    }

    public static PilotScope all() {
        return ALL;
    }

    public static PilotScope none() {
        return NONE;
    }

    public boolean nothing() {
        return !everything && codes.isEmpty() && region.isEmpty();
    }

    public boolean includes(Place place) {
        return everything
                || place.pilotCode().filter(codes::contains).isPresent()
                || (region.isPresent() && region.equals(place.region()));
    }

    /** Both scopes' pilots: a caller with two roles sees what either shows. */
    public PilotScope and(PilotScope other) {
        if (everything || other.everything) {
            return ALL;
        }
        Set<String> both = new java.util.HashSet<>(codes);
        both.addAll(other.codes);
        return new PilotScope(false, both, region.or(() -> other.region));
    }

    /** For a query parameter that must not be empty: the codes, or one code no pilot has. */
    public Set<String> codesOrNone() {
        return codes.isEmpty() ? Set.of("") : codes;
    }

    /** For a query parameter that must not be null: the region, or a name no region has. */
    public String regionOrNone() {
        return region.orElse("");
    }
}
