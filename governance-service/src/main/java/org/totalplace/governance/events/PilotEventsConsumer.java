package org.totalplace.governance.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.totalplace.governance.domain.KnownPilot;

/**
 * Keeps {@code known_pilot} up to date from {@code totalplace.pilots.v1}: the pilots a barrier may name. Each
 * event is applied at most once (its id goes into {@code processed_event} in the same transaction); other
 * types are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class PilotEventsConsumer {

    public static final String CHANNEL = "pilot-events";
    public static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String PILOT_UPDATED = "totalplace.pilots.pilot-updated.v1";

    private static final Logger LOG = Logger.getLogger(PilotEventsConsumer.class);

    private final ProcessedEvents processed;
    private final ObjectMapper json;
    private final Clock clock;

    PilotEventsConsumer(ProcessedEvents processed, ObjectMapper json, Clock clock) {
        this.processed = processed;
        this.json = json;
        this.clock = clock;
    }

    /** One record at a time, in partition order, on a worker thread; the transaction is per event. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        JsonNode event = parse(record.value());
        UUID id = uuid(event, "id");
        String type = text(event, "type");
        String source = text(event, "source");
        Runnable change = switch (type) {
            case PILOT_REGISTERED, PILOT_UPDATED -> decode(event.path("data"));
            default -> () -> LOG.debugf("Ignored event %s of type %s", id, type);
        };
        if (!processed.applyOnce(id, type, source, change)) {
            LOG.debugf("Skipped duplicate event %s (%s)", id, type);
        }
    }

    private Runnable decode(JsonNode data) {
        UUID pilotId = uuid(data, "pilotId");
        String code = text(data, "code");
        String name = text(data, "name");
        String region = text(data, "region");
        if (!data.path("version").canConvertToLong()) {
            throw new PoisonEventException("data.version must be a whole number");
        }
        long version = data.path("version").asLong();
        return () -> {
            KnownPilot pilot = KnownPilot.findById(pilotId);
            if (pilot == null) {
                KnownPilot.of(pilotId, code, name, region, version, clock.instant()).persist();
            } else if (!pilot.update(code, name, region, version, clock.instant())) {
                LOG.infof("Kept pilot %s at version %d; the event carries version %d", pilotId, pilot.version(),
                        version);
            }
        };
    }

    private JsonNode parse(String value) {
        if (value == null) {
            throw new PoisonEventException("the record has no value");
        }
        try {
            JsonNode event = json.readTree(value);
            if (!event.isObject() || !"1.0".equals(event.path("specversion").asText())) {
                throw new PoisonEventException("not a CloudEvents 1.0 envelope");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(field + " must be a non-blank string");
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(field + " must be a UUID", e);
        }
    }
}
