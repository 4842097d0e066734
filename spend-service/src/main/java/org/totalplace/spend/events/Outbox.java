package org.totalplace.spend.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.UUID;
import org.totalplace.spend.audit.AuditTrail;
import org.totalplace.spend.config.OutboxConfig;

/**
 * Writes events into the outbox table in the caller's transaction, so an event exists exactly when
 * the change it describes was committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final Event<OutboxRecorded> recorded;
    private final AuditTrail audit;

    Outbox(OutboxConfig config, Clock clock, ObjectMapper json, Event<OutboxRecorded> recorded, AuditTrail audit) {
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.recorded = recorded;
    }

    /**
     * Records an event about {@code aggregateId} (the record key and the CloudEvents subject).
     * Must run inside the transaction making the change.
     */
    @Transactional(TxType.MANDATORY)
    public EventEnvelope record(String type, UUID aggregateId, Object data) {
        EventEnvelope envelope = EventEnvelope.of(config.source(), type, aggregateId, clock.instant(),
                audit.actor(), data);
        new OutboxEvent(envelope.id(), envelope.subject(), type, toJson(envelope), envelope.time()).persist();
        recorded.fire(new OutboxRecorded(envelope.id()));
        return envelope;
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be written as JSON", e);
        }
    }
}
