package org.totalplace.spend.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.totalplace.spend.domain.PilotArea;

/**
 * The data of {@code totalplace.pilots.pilot-areas-changed.v1}: the whole set of a pilot's areas after the change,
 * with the pilot's version. Area names and codes are kept as the event gives them.
 */
public record PilotAreasChanged(UUID pilotId, String code, List<PilotArea> areas, long version) {

    public PilotAreasChanged {
        areas = List.copyOf(areas);
    }

    public static PilotAreasChanged from(JsonNode data) {
        JsonNode list = data.get("areas");
        if (list == null || !list.isArray()) {
            throw new PoisonEventException("data.areas must be an array");
        }
        List<PilotArea> areas = new ArrayList<>();
        Set<String> registerCodes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "data.areas[" + i + "]";
            JsonNode area = list.get(i);
            if (!area.isObject()) {
                throw new PoisonEventException(path + " must be an object");
            }
            String registerCode = EventFields.text(area, "registerCode", path + ".registerCode");
            if (!registerCodes.add(registerCode)) {
                throw new PoisonEventException(path + ".registerCode repeats " + registerCode);
            }
            areas.add(new PilotArea(registerCode, EventFields.optionalText(area, "gssCode", path + ".gssCode"),
                    EventFields.text(area, "name", path + ".name")));
        }
        return new PilotAreasChanged(
                EventFields.uuid(data, "pilotId", "data.pilotId"),
                EventFields.text(data, "code", "data.code"),
                areas,
                EventFields.nonNegativeLong(data, "version", "data.version"));
    }
}
