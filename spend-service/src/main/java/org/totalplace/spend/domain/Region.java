package org.totalplace.spend.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine English regions, under the three spellings the sources use: pilots-service's ({@code Yorkshire and The
 * Humber}), the population file's column ({@code Yorkshire and the Humber}) and the CRA's {@code nuts_region}
 * ({@code ENGLAND_Yorkshire and the Humber}; the East of England is {@code ENGLAND_East} there).
 */
public enum Region {

    NORTH_EAST("North East", "North East", "ENGLAND_North East"),
    NORTH_WEST("North West", "North West", "ENGLAND_North West"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber", "Yorkshire and the Humber", "ENGLAND_Yorkshire and the Humber"),
    EAST_MIDLANDS("East Midlands", "East Midlands", "ENGLAND_East Midlands"),
    WEST_MIDLANDS("West Midlands", "West Midlands", "ENGLAND_West Midlands"),
    EAST_OF_ENGLAND("East of England", "East of England", "ENGLAND_East"),
    LONDON("London", "London", "ENGLAND_London"),
    SOUTH_EAST("South East", "South East", "ENGLAND_South East"),
    SOUTH_WEST("South West", "South West", "ENGLAND_South West");

    private final String pilotName;
    private final String populationColumn;
    private final String craRegion;

    Region(String pilotName, String populationColumn, String craRegion) {
        this.pilotName = pilotName;
        this.populationColumn = populationColumn;
        this.craRegion = craRegion;
    }

    /** The region a pilot's register entry names, spelt as pilots-service spells it. */
    public static Optional<Region> ofPilotRegion(String name) {
        return Arrays.stream(values()).filter(region -> region.pilotName.equals(name)).findFirst();
    }

    public String pilotName() {
        return pilotName;
    }

    public String populationColumn() {
        return populationColumn;
    }

    public String craRegion() {
        return craRegion;
    }
}
