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
import org.totalplace.governance.service.BarrierService;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Every barrier event reaches the real broker keyed by pilot id, as a CloudEvent that matches its schema. */
@QuarkusTest
class BarrierEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String RAISED = "totalplace.governance.barrier-raised.v1";
    private static final String ESCALATED = "totalplace.governance.barrier-escalated.v1";
    private static final String RESOLVED = "totalplace.governance.barrier-resolved.v1";
    private static final String DECLINED = "totalplace.governance.barrier-declined.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2009-11-02T09:00:00Z");

    @Inject
    KnownPilots pilots;

    @Inject
    BarrierService barriers;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;
    private UUID pilotId;

    @BeforeEach
    void setTheClockAndWatchTheTopic() {
        at(NOW);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
        pilotId = pilots.known("Bradford");
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishBarrierRaisedKeyedByPilotId() throws Exception {
        String id = raise();

        JsonNode event = await(RAISED, id);

        assertThat(event.path("subject").asText()).isEqualTo(pilotId.toString());
        assertThat(event.path("time").asText()).isEqualTo("2009-11-02T09:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("pilotId").asText()).isEqualTo(pilotId.toString());
        assertThat(data.path("title").asText()).isEqualTo("Ring-fenced funding");
        assertThat(data.path("category").asText()).isEqualTo("FUNDING_RULES");
        assertThat(data.path("owningDepartment").asText()).isEqualTo("Home Office");
        assertThat(data.path("tier").asText()).isEqualTo("PILOT");
        assertThat(data.has("evidence")).as("evidence is not part of the event").isFalse();
    }

    @Test
    void shouldPublishBarrierEscalatedByHandWithAutomaticFalse() throws Exception {
        String id = raise();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\":\"Needs a GO view\"}")
                .when().post("/barriers/" + id + "/escalate").then().statusCode(200);

        JsonNode data = await(ESCALATED, id).path("data");

        assertThat(data.path("fromTier").asText()).isEqualTo("PILOT");
        assertThat(data.path("toTier").asText()).isEqualTo("GOVERNMENT_OFFICE");
        assertThat(data.path("reason").asText()).isEqualTo("Needs a GO view");
        assertThat(data.path("automatic").isBoolean()).isTrue();
        assertThat(data.path("automatic").asBoolean()).isFalse();
    }

    @Test
    void shouldPublishBarrierEscalatedByRuleWithAutomaticTrue() throws Exception {
        String id = raise();
        at(NOW.plus(Duration.ofDays(15)));
        barriers.escalateOverdue();

        JsonNode data = await(ESCALATED, id).path("data");

        assertThat(data.path("automatic").asBoolean()).isTrue();
        assertThat(data.path("reason").asText()).isEqualTo("no response within 14 days");
        assertThat(data.path("toTier").asText()).isEqualTo("GOVERNMENT_OFFICE");
    }

    @Test
    void shouldPublishBarrierResolvedWithTheWhitehallChange() throws Exception {
        String id = raise();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"decision\":\"Pooling agreed\",\"whitehallChange\":\"Joint grant conditions\"}")
                .when().post("/barriers/" + id + "/resolve").then().statusCode(200);

        JsonNode data = await(RESOLVED, id).path("data");

        assertThat(data.path("tier").asText()).isEqualTo("PILOT");
        assertThat(data.path("decision").asText()).isEqualTo("Pooling agreed");
        assertThat(data.path("whitehallChange").asText()).isEqualTo("Joint grant conditions");
    }

    @Test
    void shouldPublishBarrierDeclinedWithTheDecision() throws Exception {
        String id = raise();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"decision\":\"The ring-fence stays\"}")
                .when().post("/barriers/" + id + "/decline").then().statusCode(200);

        JsonNode data = await(DECLINED, id).path("data");

        assertThat(data.path("decision").asText()).isEqualTo("The ring-fence stays");
        assertThat(data.path("pilotId").asText()).isEqualTo(pilotId.toString());
    }

    private String raise() {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced funding","description":"Cannot pool",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office","evidence":"The count"}"""
                        .formatted(pilotId))
                .when().post("/barriers")
                .then().statusCode(201).extract().path("id");
    }

    /** The event of {@code type} about barrier {@code id}, keyed by the pilot and valid against its schema. */
    private JsonNode await(String type, String id) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> pilotId.toString().equals(r.key()) && r.value().contains(type) && r.value().contains(id), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("source").asText()).isEqualTo("/governance-service");
        assertThat(event.path("data").path("barrierId").asText()).isEqualTo(id);
        return event;
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
