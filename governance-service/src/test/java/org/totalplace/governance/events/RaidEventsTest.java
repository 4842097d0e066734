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
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Records;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * The RAID log's, key products' and interdependencies' events reach the real broker, keyed by the changed
 * entry's id, as CloudEvents that match their schemas.
 */
@QuarkusTest
class RaidEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String PREFIX = "totalplace.governance.";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2009-10-14T09:30:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    HeldMeetings held;

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
    void shouldPublishRiskRecordedUpdatedAndClosedKeyedByTheRiskId() throws Exception {
        String body = """
                {"kind":"RISK","title":"Departments do not release spend data in time","probability":%d,"impact":4,
                 "owner":"Programme office","reviewDate":"2009-10-15"}""";
        String id = given().contentType(ContentType.JSON).body(body.formatted(2))
                .post("/risks").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.formatted(4))
                .put("/risks/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"reason\":\"Data released\"}")
                .post("/risks/" + id + "/close").then().statusCode(200);

        JsonNode recorded = awaitValid(id, "risk-recorded");
        assertThat(recorded.path("time").asText()).isEqualTo("2009-10-14T09:30:00Z");
        assertThat(recorded.at("/data/riskId").asText()).isEqualTo(id);
        assertThat(recorded.at("/data/score").asInt()).isEqualTo(8);
        assertThat(recorded.at("/data/rag").asText()).isEqualTo("AMBER");
        assertThat(recorded.at("/data/reviewDate").asText()).isEqualTo("2009-10-15");
        assertThat(recorded.at("/data/version").asLong()).isZero();

        JsonNode updated = awaitValid(id, "risk-updated");
        assertThat(updated.at("/data/score").asInt()).isEqualTo(16);
        assertThat(updated.at("/data/rag").asText()).isEqualTo("RED");
        assertThat(updated.at("/data/version").asLong()).isEqualTo(1);

        JsonNode closed = awaitValid(id, "risk-closed");
        assertThat(closed.at("/data/status").asText()).isEqualTo("CLOSED");
        assertThat(closed.at("/data/closedReason").asText()).isEqualTo("Data released");
        assertThat(closed.at("/data/version").asLong()).isEqualTo(2);
    }

    @Test
    void shouldPublishAnIssueWithANullProbability() throws Exception {
        String id = given().contentType(ContentType.JSON).body("""
                        {"kind":"ISSUE","title":"Ring-fenced grant cannot be pooled","impact":2,
                         "owner":"Programme office","reviewDate":"2009-11-01"}""")
                .post("/risks").then().statusCode(201).extract().path("id");

        JsonNode data = awaitValid(id, "risk-recorded").path("data");
        assertThat(data.has("probability") && data.get("probability").isNull()).as("probability present and null")
                .isTrue();
        assertThat(data.path("score").asInt()).isEqualTo(10);
    }

    @Test
    void shouldPublishKeyProductChangedForEveryStepKeyedByTheProductId() throws Exception {
        String code = "officials-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String groupId = given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"High-level officials' group\",\"kind\":\"OFFICIALS\"}")
                .post("/groups").then().statusCode(201).extract().path("id");
        String id = given().contentType(ContentType.JSON).body("""
                        {"title":"Total Place: summary for the Pre-Budget Report","kind":"PBR_SUMMARY",
                         "dueDate":"2009-11-09","owner":"Programme office"}""")
                .post("/key-products").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"reason\":\"Needs the Bradford figures\"}")
                .post("/key-products/" + id + "/reject").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200);
        String decisionId = Records.decisionOf(held, groupId, LocalDate.of(2009, 10, 14), "The summary is approved");
        int item = given().get("/decisions/" + decisionId).then().extract().path("itemPosition");
        given().contentType(ContentType.JSON).body("{\"decisionId\":\"" + decisionId + "\"}")
                .post("/key-products/" + id + "/approve").then().statusCode(200);

        String type = PREFIX + "key-product-changed.v1";
        List<ConsumerRecord<String, String>> records = probe.awaitRecords(
                r -> id.equals(r.key()) && r.value().contains(type), 5, TIMEOUT);
        List<String> statuses = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            EventSchemas.assertValid("governance-service", type, record.value());
            statuses.add(JSON.readTree(record.value()).at("/data/status").asText());
        }
        assertThat(statuses).containsExactly("DRAFT", "AWAITING_APPROVAL", "DRAFT", "AWAITING_APPROVAL", "APPROVED");
        JsonNode approved = JSON.readTree(records.get(4).value()).path("data");
        assertThat(approved.path("approvingGroupId").asText()).isEqualTo(groupId);
        assertThat(approved.path("approvedOn").asText()).isEqualTo("2009-10-14");
        assertThat(approved.path("decisionId").asText()).isEqualTo(decisionId);
        assertThat(approved.path("decisionReference").asText())
                .isEqualTo("High-level officials' group, 14 October 2009, item " + item);
    }

    @Test
    void shouldPublishInterdependencyRecordedAndUpdatedKeyedByItsId() throws Exception {
        String body = """
                {"programme":"Operational Efficiency Programme","description":"Asset review","owner":"HM Treasury",
                 "nature":"%s"}""";
        String id = given().contentType(ContentType.JSON).body(body.formatted("MUTUAL"))
                .post("/interdependencies").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.formatted("DEPENDS_ON"))
                .put("/interdependencies/" + id).then().statusCode(200);

        JsonNode recorded = awaitValid(id, "interdependency-recorded");
        assertThat(recorded.at("/data/nature").asText()).isEqualTo("MUTUAL");
        assertThat(recorded.at("/data/programme").asText()).isEqualTo("Operational Efficiency Programme");
        JsonNode updated = awaitValid(id, "interdependency-updated");
        assertThat(updated.at("/data/nature").asText()).isEqualTo("DEPENDS_ON");
        assertThat(updated.at("/data/version").asLong()).isEqualTo(1);
    }

    /** The one event of {@code kind} about {@code id}: keyed and subject by the id, valid against its schema. */
    private JsonNode awaitValid(String id, String kind) throws Exception {
        String type = PREFIX + kind + ".v1";
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/governance-service");
        return event;
    }
}
