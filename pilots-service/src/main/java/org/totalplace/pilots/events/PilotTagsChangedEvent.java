package org.totalplace.pilots.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Pilot;

/** The data of pilot-tags-changed: the pilot's whole set of tags after the change, keyed by the pilot id. */
public record PilotTagsChangedEvent(UUID pilotId, String code, List<String> tags, long version) {

    public static final String TYPE = "totalplace.pilots.pilot-tags-changed.v1";

    public static PilotTagsChangedEvent of(Pilot pilot) {
        return new PilotTagsChangedEvent(pilot.id(), pilot.code(), pilot.tags(), pilot.version());
    }
}
