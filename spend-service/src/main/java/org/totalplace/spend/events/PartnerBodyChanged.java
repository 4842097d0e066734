package org.totalplace.spend.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The part of {@code totalplace.pilots.partner-body-registered.v1} and {@code ...partner-body-updated.v1} data that
 * spend-service keeps: the register entry's id, name, type, code and version (the whole entry after the change).
 */
public record PartnerBodyChanged(UUID bodyId, String name, String type, String code, long version) {

    public static PartnerBodyChanged from(JsonNode data) {
        return new PartnerBodyChanged(
                EventFields.uuid(data, "bodyId", "data.bodyId"),
                EventFields.text(data, "name", "data.name"),
                EventFields.text(data, "type", "data.type"),
                EventFields.optionalText(data, "code", "data.code"),
                EventFields.nonNegativeLong(data, "version", "data.version"));
    }
}
