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
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Decision and action events reach the real broker keyed by the group id, valid against their schemas. */
@QuarkusTest
class DecisionEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String DECISION_RECORDED = "totalplace.governance.decision-recorded.v1";
    private static final String ACTION_RECORDED = "totalplace.governance.action-recorded.v1";
    private static final String ACTION_CLOSED = "totalplace.governance.action-closed.v1";
    private static final String BARRIER_RESOLVED = "totalplace.governance.barrier-resolved.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2009-11-16T16:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2009, 11, 16);

    @Inject
    HeldMeetings held;

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;
    private String groupId;
    private String meetingId;

    @BeforeEach
    void aHeldMeetingOfAFreshGroup() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
        groupId = Meetings.group("OFFICIALS", "MONTHLY");
        meetingId = Meetings.oneOff(groupId, DAY);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishDecisionRecordedKeyedByTheGroup() throws Exception {
        String itemId = Records.item(meetingId, "Place-based budgets");
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, itemId, "Officials back the pilots' proposals");

        JsonNode event = await(DECISION_RECORDED, decisionId);

        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        assertThat(event.path("time").asText()).isEqualTo("2009-11-16T16:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("decisionId").asText()).isEqualTo(decisionId);
        assertThat(data.path("meetingId").asText()).isEqualTo(meetingId);
        assertThat(data.path("meetingDate").asText()).isEqualTo("2009-11-16");
        assertThat(data.path("agendaItemId").asText()).isEqualTo(itemId);
        assertThat(data.path("barrierId").isNull()).isTrue();
        assertThat(data.path("text").asText()).isEqualTo("Officials back the pilots' proposals");
    }

    @Test
    void shouldPublishActionRecordedAndActionClosedKeyedByTheGroup() throws Exception {
        held.hold(meetingId);
        String actionId = Records.action(meetingId, "Send the joint grant conditions", "DCSF", "2009-12-14");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"Overtaken\"}")
                .when().post("/actions/" + actionId + "/drop").then().statusCode(200);

        JsonNode recorded = await(ACTION_RECORDED, actionId).path("data");
        JsonNode closed = await(ACTION_CLOSED, actionId).path("data");

        assertThat(recorded.path("status").asText()).isEqualTo("OPEN");
        assertThat(recorded.path("owner").asText()).isEqualTo("DCSF");
        assertThat(recorded.path("dueDate").asText()).isEqualTo("2009-12-14");
        assertThat(recorded.path("meetingId").asText()).isEqualTo(meetingId);
        assertThat(closed.path("status").asText()).isEqualTo("DROPPED");
        assertThat(closed.path("closingNote").asText()).isEqualTo("Overtaken");
        assertThat(closed.path("closedAt").asText()).isEqualTo("2009-11-16T16:00:00Z");
        assertThat(closed.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldCarryTheCitedDecisionOnBarrierResolved() throws Exception {
        String pilotId = pilots.known("Bradford").toString();
        String barrierId = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced funding","description":"Cannot pool",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office","evidence":"The count"}"""
                        .formatted(pilotId))
                .when().post("/barriers").then().statusCode(201).extract().path("id");
        for (int version = 0; version < 2; version++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("{\"reason\":\"Up\"}").when().post("/barriers/" + barrierId + "/escalate")
                    .then().statusCode(200);
        }
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, Records.barrierItem(meetingId, barrierId), "Pooling agreed");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("""
                        {"decision":"Pooling agreed","whitehallChange":"Joint grant conditions","decisionId":"%s"}"""
                        .formatted(decisionId))
                .when().post("/barriers/" + barrierId + "/resolve").then().statusCode(200);

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> pilotId.equals(r.key()) && r.value().contains(BARRIER_RESOLVED) && r.value().contains(barrierId),
                TIMEOUT);
        EventSchemas.assertValid("governance-service", BARRIER_RESOLVED, record.value());
        assertThat(JSON.readTree(record.value()).at("/data/decisionId").asText()).isEqualTo(decisionId);
        assertThat(await(DECISION_RECORDED, decisionId).at("/data/barrierId").asText()).isEqualTo(barrierId);
    }

    /** The event of {@code type} about {@code id}, keyed by the group and valid against its schema. */
    private JsonNode await(String type, String id) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(type) && r.value().contains(id), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("source").asText()).isEqualTo("/governance-service");
        return event;
    }
}
