package org.totalplace.spend.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * Reads the fields a consumer needs from event data, refusing anything that breaks the contract with a
 * {@link PoisonEventException} naming the JSON path ({@code data.amount.amount}). Fields the consumer does not
 * use are not looked at: producers may add fields without breaking reporting.
 */
final class EventFields {

    private EventFields() {
    }

    static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw new PoisonEventException(path + " must be an object");
        }
        return node;
    }

    static String text(JsonNode parent, String name, String path) {
        String value = optionalText(parent, name, path);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException(path + " must be a non-blank string");
        }
        return value;
    }

    static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new PoisonEventException(path + " must be a string");
        }
        return node.textValue();
    }

    static UUID uuid(JsonNode parent, String name, String path) {
        UUID value = optionalUuid(parent, name, path);
        if (value == null) {
            throw new PoisonEventException(path + " must be a UUID");
        }
        return value;
    }

    static UUID optionalUuid(JsonNode parent, String name, String path) {
        String text = optionalText(parent, name, path);
        if (text == null) {
            return null;
        }
        return parseUuid(text, path);
    }

    static UUID parseUuid(String text, String path) {
        try {
            UUID value = UUID.fromString(text);
            if (!value.toString().equalsIgnoreCase(text)) { // UUID.fromString accepts "1-2-3-4-5"
                throw new IllegalArgumentException("not canonical");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(path + " must be a UUID");
        }
    }

    static long nonNegativeLong(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new PoisonEventException(path + " must be a non-negative integer");
        }
        return node.longValue();
    }
}
