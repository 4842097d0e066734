package org.totalplace.pilots.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.pilots.support.InterestReview.move;
import static org.totalplace.pilots.support.InterestReview.receive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.InterestJson;
import org.totalplace.pilots.support.InterestReview.Move;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Expressions of interest reach the real broker as CloudEvents keyed by their id, matching the published schemas. */
@QuarkusTest
class ExpressionOfInterestEventsTest {

    private static final String RECEIVED = "totalplace.pilots.expression-of-interest-received.v1";
    private static final String UPDATED = "totalplace.pilots.expression-of-interest-updated.v1";
    private static final String STATUS_CHANGED = "totalplace.pilots.expression-of-interest-status-changed.v1";
    /** The week the 45 expressions of interest went to HMT and CLG (Total Place update 49). */
    private static final Instant NOW = Instant.parse("2010-07-27T09:30:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "totalplace.outbox.topic")
    String topic;

    private TopicProbe probe;

    @BeforeEach
    void setTheClockAndWatchTheTopic() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, topic);
    }

    @AfterEach
    void stopWatching() {
        probe.close();
    }

    @Test
    void shouldPublishExpressionOfInterestReceivedKeyedByItsId() throws Exception {
        InterestJson interest = InterestJson.valid().with("region", "Yorkshire and The Humber");
        String id = receive(interest).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitEvents(id, RECEIVED, 1).get(0);

        EventSchemas.assertValid("pilots-service", RECEIVED, record.value());
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/pilots-service");
        assertThat(event.path("time").asText()).isEqualTo("2010-07-27T09:30:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("expressionOfInterestId").asText()).isEqualTo(id);
        assertThat(data.path("place").asText()).isEqualTo(interest.place());
        assertThat(data.path("region").asText()).isEqualTo("Yorkshire and The Humber");
        assertThat(data.path("receivedOn").asText()).isEqualTo("2010-07-20");
        assertThat(data.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(data.path("pilotId").isNull()).isTrue();
        assertThat(data.path("version").asLong()).isZero();
    }

    @Test
    void shouldNameThePilotInTheEventOfAPilotPlaceButKeyItByTheExpressionOfInterest() throws Exception {
        String pilotId = given().contentType(ContentType.JSON)
                .body(PilotJson.valid().with("region", "North West").body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
        String id = receive(InterestJson.valid().with("pilotId", pilotId)).then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitEvents(id, RECEIVED, 1).get(0);

        EventSchemas.assertValid("pilots-service", RECEIVED, record.value());
        assertThat(record.key()).isEqualTo(id);
        assertThat(JSON.readTree(record.value()).path("data").path("pilotId").asText()).isEqualTo(pilotId);
    }

    @Test
    void shouldPublishAStatusChangeForEveryMoveInOrderOnOnePartition() throws Exception {
        String id = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        move(id, Move.REVIEW, "\"0\"").then().statusCode(200);
        move(id, Move.FORWARD, "\"1\"", Map.of("to", List.of("CLG", "HMT"), "on", "2010-07-27")).then().statusCode(200);
        move(id, Move.SHORTLIST, "\"2\"").then().statusCode(200);
        move(id, Move.ACCEPT, "\"3\"").then().statusCode(200);

        ConsumerRecord<String, String> received = awaitEvents(id, RECEIVED, 1).get(0);
        List<ConsumerRecord<String, String>> changes = awaitEvents(id, STATUS_CHANGED, 4);

        assertThat(changes).hasSize(4);
        for (ConsumerRecord<String, String> change : changes) {
            EventSchemas.assertValid("pilots-service", STATUS_CHANGED, change.value());
            assertThat(header(change, "content-type")).isEqualTo("application/cloudevents+json");
            assertThat(change.partition()).isEqualTo(received.partition());
            assertThat(change.offset()).isGreaterThan(received.offset());
        }
        List<JsonNode> data = changes.stream().map(ExpressionOfInterestEventsTest::data).toList();
        assertThat(data).extracting(d -> d.path("from").asText())
                .containsExactly("RECEIVED", "UNDER_REVIEW", "FORWARDED", "SHORTLISTED");
        assertThat(data).extracting(d -> d.path("to").asText())
                .containsExactly("UNDER_REVIEW", "FORWARDED", "SHORTLISTED", "ACCEPTED");
        assertThat(data).extracting(d -> d.path("version").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(data).extracting(d -> d.path("at").asText()).containsOnly("2010-07-27T09:30:00Z");
        assertThat(data.get(0).path("forwardedTo")).isEmpty();
        assertThat(data.get(0).path("forwardedOn").isNull()).isTrue();
        JsonNode forwarded = data.get(1);
        assertThat(forwarded.path("forwardedTo").toString()).isEqualTo("[\"HMT\",\"CLG\"]");
        assertThat(forwarded.path("forwardedOn").asText()).isEqualTo("2010-07-27");
        assertThat(forwarded.path("expressionOfInterestId").asText()).isEqualTo(id);
        assertThat(data.get(3).path("forwardedTo").toString()).isEqualTo("[\"HMT\",\"CLG\"]");
    }

    @Test
    void shouldPublishTheReasonOfADeclineAndOfAWithdrawal() throws Exception {
        String declined = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        move(declined, Move.REVIEW, "\"0\"").then().statusCode(200);
        move(declined, Move.FORWARD, "\"1\"", Map.of("to", List.of("HMT"), "on", "2010-07-26")).then().statusCode(200);
        move(declined, Move.DECLINE, "\"2\"", Map.of("reason", "Already covered by a Total Place pilot")).then()
                .statusCode(200);
        String withdrawn = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        move(withdrawn, Move.WITHDRAW, "\"0\"", Map.of("reason", "Partners not yet agreed")).then().statusCode(200);

        ConsumerRecord<String, String> decline = awaitEvents(declined, STATUS_CHANGED, 3).get(2);
        ConsumerRecord<String, String> withdrawal = awaitEvents(withdrawn, STATUS_CHANGED, 1).get(0);

        EventSchemas.assertValid("pilots-service", STATUS_CHANGED, decline.value());
        EventSchemas.assertValid("pilots-service", STATUS_CHANGED, withdrawal.value());
        assertThat(data(decline).path("to").asText()).isEqualTo("DECLINED");
        assertThat(data(decline).path("reason").asText()).isEqualTo("Already covered by a Total Place pilot");
        assertThat(data(decline).path("forwardedTo").toString()).isEqualTo("[\"HMT\"]");
        assertThat(data(withdrawal).path("from").asText()).isEqualTo("RECEIVED");
        assertThat(data(withdrawal).path("reason").asText()).isEqualTo("Partners not yet agreed");
    }

    /** The schema is a contract, not decoration: a decline without its reason does not pass. */
    @Test
    void shouldRejectADeclineWithoutReasonOrAForwardingToNoOneAgainstTheSchema() throws Exception {
        String id = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        move(id, Move.REVIEW, "\"0\"").then().statusCode(200);
        move(id, Move.FORWARD, "\"1\"").then().statusCode(200);
        move(id, Move.DECLINE, "\"2\"").then().statusCode(200);
        List<ConsumerRecord<String, String>> changes = awaitEvents(id, STATUS_CHANGED, 3);

        ObjectNode decline = (ObjectNode) JSON.readTree(changes.get(2).value());
        ((ObjectNode) decline.path("data")).putNull("reason");
        ObjectNode forward = (ObjectNode) JSON.readTree(changes.get(1).value());
        ((ObjectNode) forward.path("data")).putArray("forwardedTo");

        assertThat(EventSchemas.validate("pilots-service", STATUS_CHANGED, changes.get(2).value())).isEmpty();
        assertThat(EventSchemas.validate("pilots-service", STATUS_CHANGED, decline.toString())).isNotEmpty();
        assertThat(EventSchemas.validate("pilots-service", STATUS_CHANGED, forward.toString())).isNotEmpty();
    }

    @Test
    void shouldPublishExpressionOfInterestUpdatedWhenItIsCorrected() throws Exception {
        String id = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("place", "Corrected place", "leadBody", "Corrected lead body",
                        "summary", "Corrected summary"))
                .put("/expressions-of-interest/{id}", id).then().statusCode(200);

        ConsumerRecord<String, String> received = awaitEvents(id, RECEIVED, 1).get(0);
        ConsumerRecord<String, String> updated = awaitEvents(id, UPDATED, 1).get(0);

        EventSchemas.assertValid("pilots-service", UPDATED, updated.value());
        assertThat(updated.partition()).isEqualTo(received.partition());
        assertThat(updated.offset()).isGreaterThan(received.offset());
        JsonNode data = data(updated);
        assertThat(data.path("place").asText()).isEqualTo("Corrected place");
        assertThat(data.path("leadBody").asText()).isEqualTo("Corrected lead body");
        assertThat(data.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    // -----------------------------------------------------------------------------------------------

    /** The events of one type about one expression of interest, in the order they were published. */
    private List<ConsumerRecord<String, String>> awaitEvents(String id, String type, int count) {
        return probe.awaitRecords(r -> id.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), count,
                WITHIN);
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("data");
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
