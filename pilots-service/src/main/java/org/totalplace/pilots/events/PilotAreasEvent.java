package org.totalplace.pilots.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Area;
import org.totalplace.pilots.domain.Pilot;

/** The data of pilot-areas-changed: the whole set of the pilot's areas after the change. */
public record PilotAreasEvent(UUID pilotId, String code, List<AreaRef> areas, long version) {

    public static final String CHANGED = "totalplace.pilots.pilot-areas-changed.v1";

    /** An area as consumers key it: its GSS code (as at the programme date), register code and name. */
    public record AreaRef(String gssCode, String registerCode, String name) {

        static AreaRef of(Area area) {
            return new AreaRef(area.gssCode(), area.registerCode(), area.name());
        }
    }

    public static PilotAreasEvent of(Pilot pilot) {
        return new PilotAreasEvent(pilot.id(), pilot.code(), pilot.areas().stream().map(AreaRef::of).toList(),
                pilot.version());
    }
}
