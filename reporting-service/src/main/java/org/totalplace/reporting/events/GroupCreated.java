package org.totalplace.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** The part of {@code totalplace.governance.group-created.v1} data that reporting keeps; pilotId null = programme-wide. */
public record GroupCreated(UUID groupId, String code, String name, String kind, UUID pilotId) {

    public static GroupCreated from(JsonNode data) {
        return new GroupCreated(
                EventFields.uuid(data, "groupId", "data.groupId"),
                EventFields.text(data, "code", "data.code"),
                EventFields.text(data, "name", "data.name"),
                EventFields.text(data, "kind", "data.kind"),
                EventFields.optionalUuid(data, "pilotId", "data.pilotId"));
    }
}
