package org.totalplace.reporting.domain.webhook;

import java.util.List;

/**
 * The nine English regions by their display names, exactly as pilots-service writes them in its events
 * ({@code "Yorkshire and The Humber"}); each had its Government Office, and a subscription belongs to one.
 */
public final class EnglishRegion {

    public static final List<String> NAMES = List.of("North East", "North West", "Yorkshire and The Humber",
            "East Midlands", "West Midlands", "East of England", "London", "South East", "South West");

    private EnglishRegion() {
    }

    /** Exact match on the display name. */
    public static boolean isRegion(String name) {
        return name != null && NAMES.contains(name);
    }
}
