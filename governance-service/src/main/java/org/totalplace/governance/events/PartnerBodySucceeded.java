package org.totalplace.governance.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The data of {@code totalplace.pilots.partner-body-succeeded.v1}: a body RENAMED ({@code newName}), MERGED into
 * another or ABOLISHED (with the body its functions went to, if any), with effect from {@code effectiveOn}.
 */
public record PartnerBodySucceeded(UUID bodyId, String kind, LocalDate effectiveOn, String formerName,
                                   String newName, Successor successor, long version) {

    public static final String RENAMED = "RENAMED";
    public static final String MERGED = "MERGED";
    public static final String ABOLISHED = "ABOLISHED";

    /** The successor as the producer named it. */
    public record Successor(UUID bodyId, String code, String name) {
    }

    public static PartnerBodySucceeded from(JsonNode data) {
        String kind = EventFields.text(data, "kind", "data.kind");
        if (!RENAMED.equals(kind) && !MERGED.equals(kind) && !ABOLISHED.equals(kind)) {
            throw new PoisonEventException("data.kind must be RENAMED, MERGED or ABOLISHED");
        }
        String newName = EventFields.optionalText(data, "newName", "data.newName");
        if (RENAMED.equals(kind) && (newName == null || newName.isBlank())) {
            throw new PoisonEventException("data.newName must be a non-blank string for a RENAMED body");
        }
        Successor successor = null;
        JsonNode node = data.get("successor");
        if (node != null && !node.isNull()) {
            JsonNode object = EventFields.object(data, "successor", "data.successor");
            successor = new Successor(EventFields.uuid(object, "bodyId", "data.successor.bodyId"),
                    EventFields.optionalText(object, "code", "data.successor.code"),
                    EventFields.text(object, "name", "data.successor.name"));
        }
        if (MERGED.equals(kind) && successor == null) {
            throw new PoisonEventException("data.successor must be an object for a MERGED body");
        }
        return new PartnerBodySucceeded(
                EventFields.uuid(data, "bodyId", "data.bodyId"),
                kind,
                day(EventFields.text(data, "effectiveOn", "data.effectiveOn"), "data.effectiveOn"),
                EventFields.text(data, "formerName", "data.formerName"),
                newName,
                successor,
                EventFields.nonNegativeLong(data, "version", "data.version"));
    }

    private static LocalDate day(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(path + " must be a date (yyyy-mm-dd)");
        }
    }
}
