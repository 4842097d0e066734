package org.totalplace.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.totalplace.launcher.ProjectLayout;

/**
 * Validates an event against the JSON Schema its producer publishes, read from the producer module's own
 * source tree in this build ({@code <producer>/src/main/resources/META-INF/resources/schemas/<type>.json}),
 * so a consumer test can never drift from a private copy.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private EventSchemas() {
    }

    public static Path schemaFile(String producer, String type) {
        return ProjectLayout.root().resolve(producer)
                .resolve("src/main/resources/META-INF/resources/schemas").resolve(type + ".json");
    }

    /** Throws an {@link AssertionError} naming every violation when {@code eventJson} does not match. */
    public static void assertValid(String producer, String type, String eventJson) {
        Set<ValidationMessage> violations = validate(producer, type, eventJson);
        if (!violations.isEmpty()) {
            throw new AssertionError("event does not match " + schemaFile(producer, type) + ":\n  "
                    + violations.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  "))
                    + "\nevent: " + eventJson);
        }
    }

    public static Set<ValidationMessage> validate(String producer, String type, String eventJson) {
        Path file = schemaFile(producer, type);
        if (!Files.exists(file)) {
            throw new AssertionError("the producer publishes no schema for " + type + " (looked for " + file + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonSchema schema = FACTORY.getSchema(in, CONFIG);
            JsonNode event = JSON.readTree(eventJson);
            return schema.validate(event);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + " or the event: " + e.getMessage(), e);
        }
    }
}
