package org.totalplace.reporting.domain;

import java.util.Optional;

/**
 * The place a request is about: a pilot (its code) and its English region, or a region alone for a place that is
 * not a pilot (an expression of interest, a Government Office's subscription).
 */
public record Place(Optional<String> pilotCode, Optional<String> region) {

    public Place {
        pilotCode = pilotCode == null ? Optional.empty() : pilotCode;
        region = region == null ? Optional.empty() : region;
    }

    public static Place pilot(String code, String region) {
        return new Place(Optional.ofNullable(code), Optional.ofNullable(region));
    }

    public static Place region(String region) {
        return new Place(Optional.empty(), Optional.ofNullable(region));
    }

    @Override
    public String toString() {
        return pilotCode.map(code -> "pilot " + code).orElseGet(() -> region.map(r -> "region " + r).orElse("a place"));
    }
}
