package org.totalplace.spend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * pilots-service's events, sent through the real broker as its relay sends them, make pilots and their areas known
 * here; every fixture is first checked against the producer's own published schema.
 */
@QuarkusTest
class PilotEventsConsumerTest {

    private static final String TOPIC = "totalplace.pilots.v1";
    private static final String DEAD_LETTERS = "totalplace.spend.dlq.v1";
    private static final String REGISTERED = "totalplace.pilots.pilot-registered.v1";
    private static final String UPDATED = "totalplace.pilots.pilot-updated.v1";
    private static final String AREAS_CHANGED = "totalplace.pilots.pilot-areas-changed.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    private static final String DORSET_POOLE_BOURNEMOUTH = """
            [{"gssCode":"E06000028","registerCode":"BMH","name":"Bournemouth"},
             {"gssCode":"E10000009","registerCode":"DOR","name":"Dorset County"},
             {"gssCode":"E06000029","registerCode":"POL","name":"Poole"}]""";

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void shouldKeepARegisteredPilotAndItsAreasAsTheEventsGiveThem() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotEvent(UUID.randomUUID(), REGISTERED, pilotId, "Dorset, Poole & Bournemouth", "South West", 0));
        send(pilotId, areasEvent(UUID.randomUUID(), pilotId, DORSET_POOLE_BOURNEMOUTH, 0));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.areas(pilotId)).containsExactly(
                "Bournemouth/BMH/E06000028", "Dorset County/DOR/E10000009", "Poole/POL/E06000029"));
        assertThat(pilots.nameRegionAndVersion(pilotId)).contains("Dorset, Poole & Bournemouth|South West@0");
    }

    @Test
    void shouldReplaceTheWholeSetOfAreasWithANewerOneAndKeepAnAreaWithoutGssCode() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotEvent(UUID.randomUUID(), REGISTERED, pilotId, "Luton & Central Bedfordshire",
                "East of England", 0));
        send(pilotId, areasEvent(UUID.randomUUID(), pilotId, """
                [{"gssCode":"E06000032","registerCode":"LUT","name":"Luton"}]""", 0));
        UUID second = UUID.randomUUID();
        send(pilotId, areasEvent(second, pilotId, """
                [{"gssCode":null,"registerCode":"CBF","name":"Central Bedfordshire"},
                 {"gssCode":"E06000032","registerCode":"LUT","name":"Luton"}]""", 1));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(second)).isOne());
        assertThat(pilots.areas(pilotId)).containsExactly("Central Bedfordshire/CBF/null", "Luton/LUT/E06000032");
    }

    @Test
    void shouldKeepTheNewerAreasWhenAnOlderSetArrivesLate() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotEvent(UUID.randomUUID(), REGISTERED, pilotId, "Dorset, Poole & Bournemouth", "South West", 0));
        send(pilotId, areasEvent(UUID.randomUUID(), pilotId, DORSET_POOLE_BOURNEMOUTH, 3));
        UUID late = UUID.randomUUID();
        send(pilotId, areasEvent(late, pilotId, """
                [{"gssCode":"E10000009","registerCode":"DOR","name":"Dorset County"}]""", 2));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(late)).isOne());
        assertThat(pilots.areas(pilotId)).hasSize(3);
    }

    @Test
    void shouldApplyTheSameEventOnlyOnceAndKeepTheNewerPilotVersion() {
        UUID pilotId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String registered = pilotEvent(eventId, REGISTERED, pilotId, "Leicester", "East Midlands", 0);
        send(pilotId, registered);
        send(pilotId, registered);
        send(pilotId, pilotEvent(UUID.randomUUID(), UPDATED, pilotId, "Leicester & Leicestershire", "East Midlands", 2));
        UUID late = UUID.randomUUID();
        send(pilotId, pilotEvent(late, UPDATED, pilotId, "Leicester (old)", "East Midlands", 1));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(late)).isOne());
        assertThat(pilots.nameRegionAndVersion(pilotId)).contains("Leicester & Leicestershire|East Midlands@2");
        assertThat(pilots.processed(eventId)).isOne();
    }

    @Test
    void shouldSendARecordThatIsNotACloudEventToTheSpendDeadLetterTopicAndGoOn() {
        UUID poisonKey = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, DEAD_LETTERS)) {
            send(poisonKey, "{not json");
            UUID pilotId = UUID.randomUUID();
            send(pilotId, pilotEvent(UUID.randomUUID(), REGISTERED, pilotId, "Birmingham", "West Midlands", 0));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> poisonKey.toString().equals(r.key()), TIMEOUT);
            assertThat(dead.value()).isEqualTo("{not json");
            await().atMost(TIMEOUT).untilAsserted(() ->
                    assertThat(pilots.nameRegionAndVersion(pilotId)).contains("Birmingham|West Midlands@0"));
        }
    }

    @Test
    void shouldDeadLetterAreasWithoutARegisterCodeSayingWhichField() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotEvent(UUID.randomUUID(), REGISTERED, pilotId, "Kent", "South East", 0));
        String valid = areasEvent(UUID.randomUUID(), pilotId, """
                [{"gssCode":"E10000016","registerCode":"KEN","name":"Kent"}]""", 0);
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, DEAD_LETTERS)) {
            send(pilotId, valid.replace("\"registerCode\":\"KEN\",", ""));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            assertThat(reason(dead)).contains("data.areas[0].registerCode");
            assertThat(pilots.areas(pilotId)).isEmpty();
        }
    }

    @Test
    void shouldDeadLetterTheAreasOfAPilotNotRegisteredHere() {
        UUID pilotId = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, DEAD_LETTERS)) {
            send(pilotId, areasEvent(UUID.randomUUID(), pilotId, DORSET_POOLE_BOURNEMOUTH, 0));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            assertThat(reason(dead)).contains("names no pilot registered here");
            assertThat(pilots.nameRegionAndVersion(pilotId)).isEmpty();
        }
    }

    private static String reason(ConsumerRecord<String, String> dead) {
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        return new String(reason.value(), StandardCharsets.UTF_8);
    }

    private void send(UUID key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key.toString(), value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + TOPIC, e);
        }
    }

    /** A pilot-registered or pilot-updated event, valid against pilots-service's published schema. */
    private static String pilotEvent(UUID eventId, String type, UUID pilotId, String name, String region, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-06-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"pilotId":"%s","code":"pilot-%s","name":"%s","region":"%s",
                         "place":"%s","councilType":"Unitary","theme":"Older people",
                         "aliases":[],"version":%d}}"""
                .formatted(eventId, type, pilotId, pilotId, pilotId.toString().substring(0, 8), name, region, name,
                        version);
        EventSchemas.assertValid("pilots-service", type, json);
        return json;
    }

    /** A pilot-areas-changed event, valid against pilots-service's published schema. */
    private static String areasEvent(UUID eventId, UUID pilotId, String areas, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-06-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"pilotId":"%s","code":"pilot-%s","areas":%s,"version":%d}}"""
                .formatted(eventId, AREAS_CHANGED, pilotId, pilotId, pilotId.toString().substring(0, 8), areas,
                        version);
        EventSchemas.assertValid("pilots-service", AREAS_CHANGED, json);
        return json;
    }
}
