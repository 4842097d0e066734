package org.totalplace.reporting.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as every Total Place producer writes it into the Kafka record
 * value. {@link #parse(String)} accepts only well-formed envelopes: JSON object, {@code specversion} "1.0", a
 * UUID {@code id}, non-blank {@code source} and {@code type}, an RFC 3339 {@code time} and JSON data when given.
 * What {@code data} must hold depends on the type and is checked by the consumer that knows the type.
 */
public record ReceivedEvent(String specversion, UUID id, String source, String type, String subject,
                            OffsetDateTime time, String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Reads and validates an envelope; anything wrong is a {@link PoisonEventException} saying what. */
    public static ReceivedEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("record value is empty, expected a CloudEvents JSON envelope");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("record value is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PoisonEventException("record value is not a JSON object, expected a CloudEvents JSON envelope");
        }
        String specversion = EventFields.text(root, "specversion", "specversion");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new PoisonEventException("specversion must be \"" + SPEC_VERSION + "\"");
        }
        UUID id = EventFields.uuid(root, "id", "id");
        String source = EventFields.text(root, "source", "source");
        String type = EventFields.text(root, "type", "type");
        String subject = EventFields.optionalText(root, "subject", "subject");
        OffsetDateTime time = parseTime(EventFields.optionalText(root, "time", "time"));
        String datacontenttype = EventFields.optionalText(root, "datacontenttype", "datacontenttype");
        if (datacontenttype != null && !JSON.equals(datacontenttype)) {
            throw new PoisonEventException("datacontenttype must be \"" + JSON + "\"");
        }
        JsonNode data = root.get("data");
        return new ReceivedEvent(specversion, id, source, type, subject, time, datacontenttype,
                data == null || data.isNull() ? null : data);
    }

    /** The event data as an object; a known type without it is poison. */
    public JsonNode requireData() {
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("data must be an object for type " + type);
        }
        return data;
    }

    private static OffsetDateTime parseTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("time must be an RFC 3339 timestamp");
        }
    }
}
