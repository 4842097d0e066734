package org.totalplace.spend.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import org.totalplace.spend.support.ModerationRows;
import org.totalplace.spend.support.Submissions;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * pilots-service's partner body events, sent through the real broker as its relay sends them (register entries keyed
 * by the body, memberships keyed by the pilot), make each pilot's partner bodies known here; every fixture is first
 * checked against the producer's own published schema.
 */
@QuarkusTest
class PartnerBodyEventsTest {

    private static final String TOPIC = "totalplace.pilots.v1";
    private static final String DEAD_LETTERS = "totalplace.spend.dlq.v1";
    private static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    private static final String REGISTERED = "totalplace.pilots.partner-body-registered.v1";
    private static final String UPDATED = "totalplace.pilots.partner-body-updated.v1";
    private static final String JOINED = "totalplace.pilots.partner-body-joined.v1";
    private static final String LEFT = "totalplace.pilots.partner-body-left.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    KnownPilots pilots;

    @Inject
    ModerationRows rows;

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
    void shouldKeepAPilotsPartnerBodiesAndReportTheOneWithoutASubmissionAsMissing() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotRegistered(pilotId, "South Tyneside, Gateshead & Sunderland"));
        UUID council = UUID.randomUUID();
        UUID pct = UUID.randomUUID();
        send(council, bodyEvent(UUID.randomUUID(), REGISTERED, council, "Gateshead Council", "LOCAL_AUTHORITY",
                "\"METROPOLITAN_DISTRICT\"", "E08000037", 0));
        send(pct, bodyEvent(UUID.randomUUID(), REGISTERED, pct, "Gateshead Primary Care Trust", "PRIMARY_CARE_TRUST",
                "null", "5KF", 0));
        send(pilotId, membership(UUID.randomUUID(), JOINED, UUID.randomUUID(), pilotId, council, "Gateshead Council",
                "LOCAL_AUTHORITY", "E08000037", "2009-04-01", null, 0));
        UUID last = UUID.randomUUID();
        send(pilotId, membership(last, JOINED, UUID.randomUUID(), pilotId, pct, "Gateshead Primary Care Trust",
                "PRIMARY_CARE_TRUST", "5KF", "2009-04-01", null, 0));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(last)).isOne());
        Submissions.open(pilotId, "GATESHEAD  council", "2009-10");

        JsonPath report = given().queryParam("year", "2009-10")
                .when().get("/pilots/{id}/moderation/missing-bodies", pilotId)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("expected")).isEqualTo(2);
        assertThat(report.getList("missing.name")).containsExactly("Gateshead Primary Care Trust");
        assertThat(report.getList("missing.code")).containsExactly("5KF");
        assertThat(report.getList("present.body.name")).containsExactly("Gateshead Council");
        assertThat(report.getList("unmatchedSubmissions")).isEmpty();
        assertThat(report.getString("matching")).contains("ignoring case");
    }

    @Test
    void shouldCloseAMembershipWhenTheBodyLeavesAndIgnoreAnOlderPeriodArrivingAgain() {
        UUID pilotId = UUID.randomUUID();
        send(pilotId, pilotRegistered(pilotId, "Kent"));
        UUID body = UUID.randomUUID();
        UUID membershipId = UUID.randomUUID();
        String joined = membership(UUID.randomUUID(), JOINED, membershipId, pilotId, body, "Kent Police Authority",
                "POLICE_AUTHORITY", null, "2009-04-01", null, 0);
        send(pilotId, joined);
        send(pilotId, membership(UUID.randomUUID(), LEFT, membershipId, pilotId, body, "Kent Police Authority",
                "POLICE_AUTHORITY", null, "2009-04-01", "2009-12-31", 1));
        UUID replayed = UUID.randomUUID();
        send(pilotId, joined.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + replayed + "\""));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(replayed)).isOne());
        assertThat(rows.memberships(pilotId))
                .containsExactly("Kent Police Authority|POLICE_AUTHORITY|null|2009-04-01|2009-12-31@1");
    }

    @Test
    void shouldApplyARegisterEventOnceAndKeepTheNewerVersion() {
        UUID body = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String registered = bodyEvent(eventId, REGISTERED, body, "Sunderland tPCT", "PRIMARY_CARE_TRUST", "null",
                null, 0);
        send(body, registered);
        send(body, registered);
        send(body, bodyEvent(UUID.randomUUID(), UPDATED, body, "Sunderland Teaching Primary Care Trust",
                "PRIMARY_CARE_TRUST", "null", "5KL", 2));
        UUID late = UUID.randomUUID();
        send(body, bodyEvent(late, UPDATED, body, "Sunderland PCT (old)", "PRIMARY_CARE_TRUST", "null", "5KL", 1));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilots.processed(late)).isOne());
        assertThat(rows.partnerBody(body)).containsExactly("Sunderland Teaching Primary Care Trust|PRIMARY_CARE_TRUST|5KL@2");
        assertThat(pilots.processed(eventId)).isOne();
    }

    @Test
    void shouldDeadLetterAMembershipOfAPilotNotRegisteredHere() {
        UUID pilotId = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, DEAD_LETTERS)) {
            send(pilotId, membership(UUID.randomUUID(), JOINED, UUID.randomUUID(), pilotId, UUID.randomUUID(),
                    "Gateshead Council", "LOCAL_AUTHORITY", "E08000037", "2009-04-01", null, 0));

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            Header reason = dead.headers().lastHeader("dead-letter-reason");
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("names no pilot registered here");
            assertThat(rows.memberships(pilotId)).isEmpty();
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

    private static String pilotRegistered(UUID pilotId, String name) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-06-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"pilotId":"%s","code":"pilot-%s","name":"%s","region":"North East",
                         "place":"%s","councilType":"Unitary","theme":"Older people",
                         "aliases":[],"version":0}}"""
                .formatted(UUID.randomUUID(), PILOT_REGISTERED, pilotId, pilotId, pilotId.toString().substring(0, 8),
                        name, name);
        EventSchemas.assertValid("pilots-service", PILOT_REGISTERED, json);
        return json;
    }

    /** A partner-body-registered or -updated event (tier a JSON literal), valid against pilots-service's schema. */
    private static String bodyEvent(UUID eventId, String type, UUID bodyId, String name, String bodyType, String tier,
                                    String code, long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-05-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"bodyId":"%s","name":"%s","type":"%s","tier":%s,"code":%s,"region":"North East",
                         "version":%d}}"""
                .formatted(eventId, type, bodyId, bodyId, name, bodyType, tier, quoted(code), version);
        EventSchemas.assertValid("pilots-service", type, json);
        return json;
    }

    /** A partner-body-joined or -left event, valid against pilots-service's schema. */
    private static String membership(UUID eventId, String type, UUID membershipId, UUID pilotId, UUID bodyId,
                                     String bodyName, String bodyType, String bodyCode, String from, String to,
                                     long version) {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/pilots-service","type":"%s","subject":"%s",
                 "time":"2009-06-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"membershipId":"%s","pilotId":"%s","pilotCode":"pilot-%s","bodyId":"%s","bodyName":"%s",
                         "bodyType":"%s","bodyCode":%s,"from":"%s","to":%s,"version":%d}}"""
                .formatted(eventId, type, pilotId, membershipId, pilotId, pilotId.toString().substring(0, 8), bodyId,
                        bodyName, bodyType, quoted(bodyCode), from, quoted(to), version);
        EventSchemas.assertValid("pilots-service", type, json);
        return json;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
