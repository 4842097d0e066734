package org.totalplace.governance.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The part of {@code totalplace.pilots.partner-body-registered.v1} and {@code partner-body-updated.v1} data that
 * governance keeps: the whole register entry after the change, with its version.
 */
public record PartnerBodyChanged(UUID bodyId, String name, String type, String code, String region, long version) {

    public static PartnerBodyChanged from(JsonNode data) {
        return new PartnerBodyChanged(
                EventFields.uuid(data, "bodyId", "data.bodyId"),
                EventFields.text(data, "name", "data.name"),
                EventFields.text(data, "type", "data.type"),
                EventFields.optionalText(data, "code", "data.code"),
                EventFields.optionalText(data, "region", "data.region"),
                EventFields.nonNegativeLong(data, "version", "data.version"));
    }
}
