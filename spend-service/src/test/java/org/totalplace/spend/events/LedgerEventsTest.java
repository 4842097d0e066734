package org.totalplace.spend.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.Submissions;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Import and submission events reach the real broker, keyed by pilot, valid against their published schemas. */
@QuarkusTest
class LedgerEventsTest {

    private static final String TOPIC = "totalplace.spend.v1";
    private static final String RECONCILED = "totalplace.spend.import-reconciled.v1";
    private static final String STATE_CHANGED = "totalplace.spend.submission-state-changed.v1";
    private static final String TOTALS_CHANGED = "totalplace.spend.pilot-totals-changed.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @jakarta.inject.Inject
    org.totalplace.spend.support.KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishTheReconciliationOfAnImportKeyedByThePilot() throws Exception {
        UUID pilot = UUID.randomUUID();
        String submission = Submissions.open(pilot, "Gateshead Council", "2011-12");
        String csv = "Service,Ref,Period,Supplier,Amount,Date\n"
                + "Libraries," + UUID.randomUUID() + ",201106,BOOKS LTD,\"1,000.10\",2011-09-05\n"
                + "Libraries,X,201106,BOOKS LTD,ten,2011-09-05\n"
                + ",,,,13582630.77,\n";
        String importId = Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.value().contains(RECONCILED) && r.value().contains(importId), WAIT);

        assertThat(record.key()).isEqualTo(pilot.toString());
        EventSchemas.assertValid("spend-service", RECONCILED, record.value());
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertThat(data.get("submissionId").asText()).isEqualTo(submission);
        assertThat(data.get("pilotId").asText()).isEqualTo(pilot.toString());
        assertThat(data.get("rows").get("read").asInt()).isEqualTo(3);
        assertThat(data.get("rows").get("accepted").asInt()).isEqualTo(1);
        assertThat(data.get("rows").get("rejected").asInt()).isEqualTo(1);
        assertThat(data.get("rows").get("skippedTotal").asInt()).isEqualTo(1);
        assertThat(data.get("acceptedTotal").get("amount").asText()).isEqualTo("1000.10");
        assertThat(data.get("contentSha256").asText()).hasSize(64);
    }

    @Test
    void shouldPublishEachStateChangeOfASubmissionInOrder() throws Exception {
        UUID pilot = UUID.randomUUID();
        String submission = Submissions.open(pilot, "Gateshead Council", "2011-12");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"state\":\"SUBMITTED\"}")
                .when().put("/submissions/{id}/state", submission).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"state\":\"MODERATED\"}")
                .when().put("/submissions/{id}/state", submission).then().statusCode(200);

        ConsumerRecord<String, String> first = probe.awaitRecord(
                r -> r.value().contains(STATE_CHANGED) && r.value().contains("\"to\":\"SUBMITTED\"")
                        && r.value().contains(submission), WAIT);
        ConsumerRecord<String, String> second = probe.awaitRecord(
                r -> r.value().contains(STATE_CHANGED) && r.value().contains("\"to\":\"MODERATED\"")
                        && r.value().contains(submission), WAIT);

        assertThat(first.key()).isEqualTo(pilot.toString());
        assertThat(second.partition()).isEqualTo(first.partition());
        assertThat(second.offset()).isGreaterThan(first.offset());
        EventSchemas.assertValid("spend-service", STATE_CHANGED, first.value());
        EventSchemas.assertValid("spend-service", STATE_CHANGED, second.value());
        JsonNode data = JSON.readTree(second.value()).get("data");
        assertThat(data.get("from").asText()).isEqualTo("SUBMITTED");
        assertThat(data.get("to").asText()).isEqualTo("MODERATED");
        assertThat(data.get("version").asLong()).isEqualTo(2);
        assertThat(data.get("acceptedTotal").get("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void shouldPublishAPilotsNewTotalsThroughTheBrokerKeyedByThePilot() throws Exception {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East",
                java.util.List.of("GAT||Gateshead"));
        String submission = Submissions.open(pilot, "Gateshead Council", "2011-12");
        String csv = "Service,Ref,Period,Supplier,Amount,Date\n"
                + "Learning and Children," + UUID.randomUUID() + ",201106,BOOKS LTD,123.45,2011-09-05\n";
        Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission).then().statusCode(201);

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.value().contains(TOTALS_CHANGED) && r.key().equals(pilot.toString())
                        && r.value().contains("\"financialYear\":\"2011-12\""), WAIT);

        EventSchemas.assertValid("spend-service", TOTALS_CHANGED, record.value());
        JsonNode bottomUp = JSON.readTree(record.value()).get("data").get("methods").get(0);
        assertThat(bottomUp.get("method").asText()).isEqualTo("bottom-up");
        assertThat(bottomUp.get("counted").get("amount").asText()).isEqualTo("123.45");
    }
}
