package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * pilots-service's events, sent through the real broker exactly as its relay sends them, make pilots known here
 * (and so able to raise barriers); every fixture is checked against the producer's own schema first.
 */
@QuarkusTest
class PilotEventsConsumerTest {

    private static final String TOPIC = "totalplace.pilots.v1";
    private static final String REGISTERED = "totalplace.pilots.pilot-registered.v1";
    private static final String UPDATED = "totalplace.pilots.pilot-updated.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

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
    void shouldKnowARegisteredPilotSoThatItCanRaiseABarrier() {
        UUID pilotId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(barrier(pilotId)).when().post("/barriers").then().statusCode(422);

        send(pilotId, event(UUID.randomUUID(), REGISTERED, pilotId, "Bradford", 0));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.nameAndVersion(pilotId)).contains("Bradford@0"));
        given().contentType(ContentType.JSON).body(barrier(pilotId)).when().post("/barriers").then().statusCode(201);
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        UUID pilotId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String registered = event(eventId, REGISTERED, pilotId, "Leicester", 0);
        send(pilotId, registered);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.nameAndVersion(pilotId)).contains("Leicester@0"));

        // the same event again, then a marker event behind it on the same partition: once the marker is applied,
        // the repeat has been consumed too
        send(pilotId, registered);
        send(pilotId, event(UUID.randomUUID(), UPDATED, pilotId, "Leicester and Leicestershire", 1));

        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(pilots.nameAndVersion(pilotId)).contains("Leicester and Leicestershire@1"));
        assertThat(pilots.processed(eventId)).isOne();
    }

    @Test
    void shouldKeepTheNewerVersionWhenAnOlderUpdateArrivesLate() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, event(UUID.randomUUID(), REGISTERED, pilotId, "Worcestershire", 0));
        send(pilotId, event(UUID.randomUUID(), UPDATED, pilotId, "Worcestershire County", 2));
        UUID late = UUID.randomUUID();
        send(pilotId, event(late, UPDATED, pilotId, "Worcestershire (old)", 1));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(late)).isOne());
        assertThat(pilots.nameAndVersion(pilotId)).contains("Worcestershire County@2");
    }

    @Test
    void shouldSendARecordThatIsNotACloudEventToTheDeadLetterTopicAndGoOn() {
        UUID poisonKey = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, "totalplace.governance.dlq.v1")) {
            send(poisonKey, "{not json");
            UUID pilotId = UUID.randomUUID();
            send(pilotId, event(UUID.randomUUID(), REGISTERED, pilotId, "Birmingham", 0));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> poisonKey.toString().equals(r.key()), TIMEOUT);
            assertThat(dead.value()).isEqualTo("{not json");
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.nameAndVersion(pilotId)).contains("Birmingham@0"));
        }
    }

    @Test
    void shouldDeadLetterAPilotEventWhoseDataBreaksTheContractSayingWhichField() {
        UUID pilotId = UUID.randomUUID();
        String withoutRegion = event(UUID.randomUUID(), REGISTERED, pilotId, "Croydon", 0)
                .replace("\"region\":\"Yorkshire and The Humber\",", "");
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, "totalplace.governance.dlq.v1")) {
            send(pilotId, withoutRegion);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            Header reason = dead.headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("data.region");
            assertThat(pilots.nameAndVersion(pilotId)).isEmpty();
        }
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

    /** A pilots-service event, valid against that service's published schema. */
    private static String event(UUID eventId, String type, UUID pilotId, String name, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-06-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"pilotId":"%s","code":"pilot-%s","name":"%s","region":"Yorkshire and The Humber",
                         "place":"%s","councilType":"Metropolitan district","theme":"Drugs and alcohol",
                         "aliases":[],"version":%d}}"""
                .formatted(eventId, type, pilotId, pilotId, pilotId.toString().substring(0, 8), name, name, version);
        EventSchemas.assertValid("pilots-service", type, json);
        return json;
    }

    private static String barrier(UUID pilotId) {
        return """
                {"pilotId":"%s","title":"Pooled budgets","description":"Cannot pool","category":"FUNDING_RULES",
                 "owningDepartment":"HM Treasury","evidence":"The count"}""".formatted(pilotId);
    }
}
