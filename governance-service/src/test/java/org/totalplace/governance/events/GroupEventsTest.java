package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.RunningInfrastructure;
import org.totalplace.testkit.TopicProbe;

/** group-created reaches the real broker, keyed by group id, as a CloudEvent that matches its schema. */
@QuarkusTest
class GroupEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String TYPE = "totalplace.governance.group-created.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The officials' group met monthly through the autumn of 2009. */
    private static final Instant NOW = Instant.parse("2009-09-01T09:00:00Z");

    @Inject
    StoredRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void setTheClockAndWatchTheTopic() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishGroupCreatedForPilotBoardKeyedByGroupIdMatchingSchema() throws Exception {
        UUID pilotId = UUID.randomUUID();
        String code = "board-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Bradford Total Place board","kind":"PILOT_BOARD","pilotId":"%s",
                         "chair":"Leader of Bradford Council","cadence":"FORTNIGHTLY","purpose":"Runs the count"}
                        """.formatted(code, pilotId))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains(TYPE), TIMEOUT);

        EventSchemas.assertValid("governance-service", TYPE, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("source").asText()).isEqualTo("/governance-service");
        assertThat(event.path("type").asText()).isEqualTo(TYPE);
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(event.path("time").asText()).isEqualTo("2009-09-01T09:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("groupId").asText()).isEqualTo(id);
        assertThat(data.path("code").asText()).isEqualTo(code);
        assertThat(data.path("name").asText()).isEqualTo("Bradford Total Place board");
        assertThat(data.path("kind").asText()).isEqualTo("PILOT_BOARD");
        assertThat(data.path("pilotId").asText()).isEqualTo(pilotId.toString());
        assertThat(data.path("chair").asText()).isEqualTo("Leader of Bradford Council");
        assertThat(data.path("cadence").asText()).isEqualTo("FORTNIGHTLY");
        assertThat(data.has("purpose")).as("purpose is not part of the event").isFalse();
        assertThat(data.path("quorum").path("kind").asText()).isEqualTo("MAJORITY");
        assertThat(data.path("quorum").has("seats") && data.path("quorum").get("seats").isNull())
                .as("quorum.seats present and null").isTrue();

        Header contentType = record.headers().lastHeader("content-type");
        assertThat(contentType).isNotNull();
        assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).isEqualTo("application/cloudevents+json");
    }

    @Test
    void shouldPublishNullsForOptionalFieldsTheGroupDoesNotHave() throws Exception {
        String code = "ministers-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Ministerial group","kind":"MINISTERIAL"}""".formatted(code))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains(TYPE), TIMEOUT);

        EventSchemas.assertValid("governance-service", TYPE, record.value());
        JsonNode data = JSON.readTree(record.value()).path("data");
        assertThat(data.has("pilotId") && data.get("pilotId").isNull()).as("pilotId present and null").isTrue();
        assertThat(data.has("chair") && data.get("chair").isNull()).as("chair present and null").isTrue();
        assertThat(data.has("cadence") && data.get("cadence").isNull()).as("cadence present and null").isTrue();
        assertThat(data.path("kind").asText()).isEqualTo("MINISTERIAL");
    }

    @Test
    void shouldPublishAnAtLeastQuorumMatchingSchema() throws Exception {
        String code = "quorum-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Leaders' group","kind":"OTHER","quorum":{"kind":"AT_LEAST","seats":3}}
                        """.formatted(code))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains(TYPE), TIMEOUT);

        EventSchemas.assertValid("governance-service", TYPE, record.value());
        JsonNode quorum = JSON.readTree(record.value()).path("data").path("quorum");
        assertThat(quorum.path("kind").asText()).isEqualTo("AT_LEAST");
        assertThat(quorum.path("seats").asInt()).isEqualTo(3);
    }

    @Test
    void shouldStillAcceptAnEventPublishedBeforeTheQuorumWasAdded() {
        String before = """
                {"specversion":"1.0","id":"3f0e9a51-7c2b-4d8e-9f10-2a4b6c8d0e12","source":"/governance-service",
                 "type":"totalplace.governance.group-created.v1","subject":"9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
                 "time":"2009-09-01T09:00:00Z","datacontenttype":"application/json",
                 "data":{"groupId":"9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e","code":"officials-group",
                         "name":"High-level officials' group","kind":"OFFICIALS","pilotId":null,
                         "chair":"Sir Michael Bichard","cadence":"MONTHLY"}}
                """;

        assertThat(EventSchemas.validate("governance-service", TYPE, before)).isEmpty();
        assertThat(EventSchemas.validate("governance-service", TYPE,
                before.replace("\"cadence\":\"MONTHLY\"", "\"cadence\":\"MONTHLY\",\"quorum\":{\"kind\":\"AT_LEAST\"}")))
                .as("a quorum, when sent, has its seats").isNotEmpty();
    }

    @Test
    void shouldMarkTheOutboxRowSentOnceTheBrokerAcknowledged() {
        String code = "sent-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Officials' group","kind":"OFFICIALS","cadence":"MONTHLY"}"""
                        .formatted(code))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");

        UUID eventId = rows.outboxEventIdAbout(UUID.fromString(id));

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains(TYPE), TIMEOUT);
        assertThat(record.value()).contains("\"id\":\"" + eventId + "\"");
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(rows.outboxSentAt(eventId)).isPresent());
    }

    @Test
    void shouldPublishOneEventPerCreatedGroup() {
        String prefix = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        String[] ids = new String[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = given().contentType(ContentType.JSON)
                    .body("""
                            {"code":"%s-%d","name":"Working group %d","kind":"OTHER"}""".formatted(prefix, i, i))
                    .when().post("/groups")
                    .then().statusCode(201).extract().path("id");
        }

        for (String id : ids) {
            ConsumerRecord<String, String> record = probe.awaitRecord(r -> id.equals(r.key()), TIMEOUT);
            EventSchemas.assertValid("governance-service", TYPE, record.value());
        }
        assertThat(probe.awaitRecords(r -> r.value().contains("\"code\":\"" + prefix + "-"), ids.length, TIMEOUT))
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(ids);
    }

    @Test
    void shouldPublishWhatWasRecordedWhileTheBrokerWasDown() {
        String code = "while-down-" + UUID.randomUUID().toString().substring(0, 8);
        RunningInfrastructure.broker().stop();
        String id;
        try {
            id = given().contentType(ContentType.JSON)
                    .body("""
                            {"code":"%s","name":"Improvement Board","kind":"IMPROVEMENT_BOARD"}""".formatted(code))
                    .when().post("/groups")
                    .then().statusCode(201).extract().path("id");
            assertThat(rows.outboxRowsAbout(UUID.fromString(id))).isOne();
        } finally {
            RunningInfrastructure.broker().start();
        }
        try (TopicProbe afterRestart = TopicProbe.forTopic(bootstrapServers, TOPIC)) {
            ConsumerRecord<String, String> record = afterRestart.awaitRecord(
                    r -> id.equals(r.key()) && r.value().contains(TYPE), Duration.ofSeconds(60));
            EventSchemas.assertValid("governance-service", TYPE, record.value());
        }
    }
}
