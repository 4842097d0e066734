package org.totalplace.pilots.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The nine English regions, each with its Government Office; a pilot place lies in one. */
public enum Region {
    NORTH_EAST("North East"),
    NORTH_WEST("North West"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber"),
    EAST_MIDLANDS("East Midlands"),
    WEST_MIDLANDS("West Midlands"),
    EAST_OF_ENGLAND("East of England"),
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West");

    private final String displayName;

    Region(String displayName) {
        this.displayName = displayName;
    }

    /** The official name, as written in JSON and events: {@code "Yorkshire and The Humber"}. */
    public String displayName() {
        return displayName;
    }

    /** Exact match on the official name; anything else is not a region. */
    public static Optional<Region> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(region -> region.displayName.equals(name)).findFirst();
    }

    public static List<String> displayNames() {
        return Arrays.stream(values()).map(Region::displayName).toList();
    }
}
