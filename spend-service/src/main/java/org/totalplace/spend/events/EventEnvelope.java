package org.totalplace.spend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON form: exactly the Kafka record value.
 *
 * @param subject the aggregate the event is about; also the Kafka record key
 * @param actor who made the change: a token's subject, "anonymous" or "system"
 */
public record EventEnvelope(String specversion, UUID id, String source, String type, String subject,
                            Instant time, String datacontenttype, String actor, Object data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka {@code content-type} header of every record carrying an envelope. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** {@code actor}: who made the change (an extension attribute; see AuditTrail.actor()). */
    public static EventEnvelope of(String source, String type, UUID subject, Instant time, String actor, Object data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), source, type, subject.toString(), time,
                DATA_CONTENT_TYPE, actor, data);
    }
}
