package org.totalplace.governance.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.totalplace.testkit.EventSchemas;

/**
 * pilots-service's partner-body events, sent through the real broker as its relay sends them (keyed by the body
 * id on totalplace.pilots.v1); every fixture is checked against the producer's own published schema first.
 */
public final class PartnerBodyEvents implements AutoCloseable {

    public static final String TOPIC = "totalplace.pilots.v1";
    public static final String REGISTERED = "totalplace.pilots.partner-body-registered.v1";
    public static final String UPDATED = "totalplace.pilots.partner-body-updated.v1";
    public static final String SUCCEEDED = "totalplace.pilots.partner-body-succeeded.v1";

    private final KafkaProducer<String, String> producer;

    public PartnerBodyEvents(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public void send(UUID bodyId, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, bodyId.toString(), value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + TOPIC, e);
        }
    }

    /** partner-body-registered or -updated: the whole register entry; {@code code} and {@code region} may be null. */
    public static String entry(UUID eventId, String type, UUID bodyId, String name, String bodyType, String code,
                               String region, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2010-07-27T09:00:00Z","datacontenttype":"application/json",
                 "data":{"bodyId":"%s","name":"%s","type":"%s","tier":null,"code":%s,"region":%s,"version":%d}}"""
                .formatted(eventId, type, bodyId, bodyId, name, bodyType, quoted(code), quoted(region), version);
        EventSchemas.assertValid("pilots-service", type, json);
        return json;
    }

    public static String renamed(UUID eventId, UUID bodyId, LocalDate effectiveOn, String formerName, String newName,
                                 long version) {
        return succeeded(eventId, bodyId, "RENAMED", effectiveOn, formerName, newName, "null", version);
    }

    /** MERGED into, or ABOLISHED in favour of, {@code successorId} ({@code successorCode}, {@code successorName}). */
    public static String ended(UUID eventId, UUID bodyId, String kind, LocalDate effectiveOn, String formerName,
                               UUID successorId, String successorCode, String successorName, long version) {
        String successor = successorId == null ? "null" : """
                {"bodyId":"%s","code":%s,"name":"%s"}""".formatted(successorId, quoted(successorCode), successorName);
        return succeeded(eventId, bodyId, kind, effectiveOn, formerName, null, successor, version);
    }

    private static String succeeded(UUID eventId, UUID bodyId, String kind, LocalDate effectiveOn, String formerName,
                                    String newName, String successor, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2010-07-27T09:00:00Z","datacontenttype":"application/json",
                 "data":{"successionId":"%s","bodyId":"%s","kind":"%s","effectiveOn":"%s","formerName":"%s",
                         "newName":%s,"successor":%s,"reason":null,"version":%d}}"""
                .formatted(eventId, SUCCEEDED, bodyId, UUID.randomUUID(), bodyId, kind, effectiveOn, formerName,
                        quoted(newName), successor, version);
        EventSchemas.assertValid("pilots-service", SUCCEEDED, json);
        return json;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Override
    public void close() {
        producer.close();
    }
}
