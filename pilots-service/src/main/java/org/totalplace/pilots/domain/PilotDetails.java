package org.totalplace.pilots.domain;

import java.util.List;
import java.util.Objects;

/** Everything about a pilot that may be revised after registration (all but its id and code). */
public record PilotDetails(String name, Region region, String place, String councilType, String theme,
                           List<String> aliases) {

    public PilotDetails {
        name = PilotAliases.tidy(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(region, "region");
        place = PilotAliases.tidy(Objects.requireNonNull(place, "place"));
        councilType = PilotAliases.tidy(Objects.requireNonNull(councilType, "councilType"));
        theme = PilotAliases.tidy(Objects.requireNonNull(theme, "theme"));
        aliases = PilotAliases.normalise(aliases);
    }
}
