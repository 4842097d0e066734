package org.totalplace.spend.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The part of {@code totalplace.pilots.pilot-registered.v1} and {@code totalplace.pilots.pilot-updated.v1} data
 * that its consumers (reporting-service, governance-service) keep. Both carry the whole register entry after the
 * change, with its version.
 */
public record PilotChanged(UUID pilotId, String code, String name, String region, long version) {

    public static PilotChanged from(JsonNode data) {
        return new PilotChanged(
                EventFields.uuid(data, "pilotId", "data.pilotId"),
                EventFields.text(data, "code", "data.code"),
                EventFields.text(data, "name", "data.name"),
                EventFields.text(data, "region", "data.region"),
                EventFields.nonNegativeLong(data, "version", "data.version"));
    }
}
