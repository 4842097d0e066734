package org.totalplace.pilots.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Pilot;

/** The data of pilot-registered and pilot-updated: the whole register entry after the change. */
public record PilotEvent(UUID pilotId, String code, String name, String region, String place, String councilType,
                         String theme, List<String> aliases, long version) {

    public static final String REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String UPDATED = "totalplace.pilots.pilot-updated.v1";

    public static PilotEvent of(Pilot pilot) {
        return new PilotEvent(pilot.id(), pilot.code(), pilot.name(), pilot.region().displayName(), pilot.place(),
                pilot.councilType(), pilot.theme(), pilot.aliases(), pilot.version());
    }
}
