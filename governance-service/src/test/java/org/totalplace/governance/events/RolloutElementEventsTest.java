package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.support.Barriers;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Roll-out elements' events reach the real broker keyed by the element id, as CloudEvents matching their schemas. */
@QuarkusTest
class RolloutElementEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String PREFIX = "totalplace.governance.";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The ministerial meeting seed 001 expected between 19 January 2010 and the Board. */
    private static final Instant NOW = Instant.parse("2010-01-20T09:30:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KnownPilots pilots;

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
    void shouldPublishRecordedThenEachChangeKeyedByTheElementId() throws Exception {
        UUID pilot = pilots.known("croydon-" + UUID.randomUUID().toString().substring(0, 8), "Croydon", "London");
        String barrier = Barriers.raisedTo(pilot, EscalationTier.PILOT);
        String body = """
                {"kind":"COLLABORATIVE_SERVICE_REDESIGN","hypothesis":"(example) %s",
                 "outcomesSought":["(example) one outcome"],"barrierIds":[],"waysToOvercome":[]}""";
        String id = given().contentType(ContentType.JSON).body(body.formatted("first"))
                .post("/rollout-elements").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.formatted("revised"))
                .put("/rollout-elements/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"barrierIds\":[\"%s\"]}".formatted(barrier))
                .put("/rollout-elements/" + id + "/barriers").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"status\":\"TESTING\"}")
                .post("/rollout-elements/" + id + "/status").then().statusCode(200);

        JsonNode recorded = awaitValid(id, "rollout-element-recorded", null);
        assertThat(recorded.path("time").asText()).isEqualTo("2010-01-20T09:30:00Z");
        assertThat(recorded.at("/data/elementId").asText()).isEqualTo(id);
        assertThat(recorded.at("/data/kind").asText()).isEqualTo("COLLABORATIVE_SERVICE_REDESIGN");
        assertThat(recorded.at("/data/status").asText()).isEqualTo("PROPOSED");
        assertThat(recorded.at("/data/change").isNull()).isTrue();
        assertThat(recorded.at("/data/version").asLong()).isZero();

        JsonNode revised = awaitValid(id, "rollout-element-changed", "REVISED");
        assertThat(revised.at("/data/hypothesis").asText()).isEqualTo("(example) revised");
        assertThat(revised.at("/data/version").asLong()).isEqualTo(1);
        JsonNode linked = awaitValid(id, "rollout-element-changed", "BARRIERS_LINKED");
        assertThat(linked.at("/data/barrierIds/0").asText()).isEqualTo(barrier);
        JsonNode moved = awaitValid(id, "rollout-element-changed", "STATUS_CHANGED");
        assertThat(moved.at("/data/status").asText()).isEqualTo("TESTING");
        assertThat(moved.at("/data/version").asLong()).isEqualTo(3);
    }

    private JsonNode awaitValid(String id, String kind, String change) throws Exception {
        String type = PREFIX + kind + ".v1";
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"")
                        && (change == null || r.value().contains("\"change\":\"" + change + "\"")), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/governance-service");
        return event;
    }

}
