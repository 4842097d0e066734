package org.totalplace.spend.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Spend events reach the real broker, keyed by pilot, in the shape the published schema describes. */
@QuarkusTest
class SpendEventsTest {

    private static final String TOPIC = "totalplace.spend.v1";
    private static final String TYPE = "totalplace.spend.spend-line-recorded.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    StoredRows stored;

    private TopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    private static String record(UUID pilot, String amount, String basisJson, String method, String description) {
        String body = """
                {"pilotId":"%s","body":"Bradford Metropolitan District Council","financialYear":"2009-10",
                 "amount":{"amount":"%s","currency":"GBP"},"priceBasis":%s,"method":"%s","description":%s}"""
                .formatted(pilot, amount, basisJson, method, description);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/spend-lines")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldPublishASchemaValidSpendLineRecordedEventKeyedByThePilot() throws Exception {
        UUID pilot = UUID.randomUUID();
        String lineId = record(pilot, "0.10", "{\"kind\":\"nominal\",\"baseYear\":null}", "bottom-up", "null");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> r.value().contains(lineId), WAIT);

        assertThat(record.key()).isEqualTo(pilot.toString());
        EventSchemas.assertValid("spend-service", TYPE, record.value());
        Header contentType = record.headers().lastHeader("content-type");
        assertThat(contentType).isNotNull();
        assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).isEqualTo("application/cloudevents+json");

        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asText()).isEqualTo(TYPE);
        assertThat(event.get("source").asText()).isEqualTo("/spend-service");
        assertThat(event.get("subject").asText()).isEqualTo(pilot.toString());
        JsonNode data = event.get("data");
        assertThat(data.get("spendLineId").asText()).isEqualTo(lineId);
        assertThat(data.get("pilotId").asText()).isEqualTo(pilot.toString());
        assertThat(data.get("body").asText()).isEqualTo("Bradford Metropolitan District Council");
        assertThat(data.get("financialYear").asText()).isEqualTo("2009-10");
        assertThat(data.get("amount").get("amount").isTextual()).isTrue();
        assertThat(data.get("amount").get("amount").asText()).isEqualTo("0.10");
        assertThat(data.get("amount").get("currency").asText()).isEqualTo("GBP");
        assertThat(data.get("priceBasis").get("kind").asText()).isEqualTo("nominal");
        assertThat(data.get("priceBasis").get("baseYear").isNull()).isTrue();
        assertThat(data.get("method").asText()).isEqualTo("bottom-up");
        assertThat(data.get("description").isNull()).isTrue();
    }

    @Test
    void shouldPublishARealPriceBasisWithItsBaseYear() throws Exception {
        UUID pilot = UUID.randomUUID();
        String lineId = record(pilot, "22000000000.00", "{\"kind\":\"real\",\"baseYear\":\"2008-09\"}", "top-down",
                "\"CRA apportioned by population\"");

        ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.value().contains(lineId), WAIT);

        EventSchemas.assertValid("spend-service", TYPE, record.value());
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertThat(data.get("amount").get("amount").asText()).isEqualTo("22000000000.00");
        assertThat(data.get("priceBasis").get("kind").asText()).isEqualTo("real");
        assertThat(data.get("priceBasis").get("baseYear").asText()).isEqualTo("2008-09");
        assertThat(data.get("method").asText()).isEqualTo("top-down");
        assertThat(data.get("description").asText()).isEqualTo("CRA apportioned by population");
    }

    @Test
    void shouldKeepOnePilotsEventsInOrderOnOnePartition() throws Exception {
        UUID pilot = UUID.randomUUID();
        String nominal = "{\"kind\":\"nominal\",\"baseYear\":null}";
        List<String> ids = List.of(
                record(pilot, "1.00", nominal, "bottom-up", "null"),
                record(pilot, "2.00", nominal, "bottom-up", "null"),
                record(pilot, "3.00", nominal, "top-down", "null"));

        List<ConsumerRecord<String, String>> records = probe.awaitRecords(r -> pilot.toString().equals(r.key()), 3,
                WAIT);

        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        List<String> published = records.stream()
                .map(r -> readData(r.value()).get("spendLineId").asText())
                .toList();
        assertThat(published).containsExactlyElementsOf(ids);
    }

    @Test
    void shouldMarkTheOutboxRowSentOnceTheBrokerHasIt() {
        UUID pilot = UUID.randomUUID();
        String lineId = record(pilot, "5.55", "{\"kind\":\"nominal\",\"baseYear\":null}", "bottom-up", "null");

        probe.awaitRecord(r -> r.value().contains(lineId), WAIT);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(stored.unsentOutboxRowsAbout(pilot)).isZero());
        assertThat(stored.outboxRowsAbout(pilot)).isEqualTo(1);
    }

    @Test
    void shouldPublishNothingForARejectedLine() {
        UUID pilot = UUID.randomUUID();
        given().contentType(ContentType.JSON).body("""
                {"pilotId":"%s","body":"Bradford Metropolitan District Council","financialYear":"2009-10",
                 "amount":{"amount":"0.105","currency":"GBP"},"priceBasis":{"kind":"nominal","baseYear":null},
                 "method":"bottom-up","description":null}""".formatted(pilot))
                .when().post("/spend-lines")
                .then().statusCode(400);
        // The relay publishes in outbox order, so anything the rejected request had written would arrive first.
        String lineId = record(pilot, "0.11", "{\"kind\":\"nominal\",\"baseYear\":null}", "bottom-up", "null");

        probe.awaitRecord(r -> r.value().contains(lineId), WAIT);

        List<ConsumerRecord<String, String>> forPilot = probe.drain(Duration.ZERO).stream()
                .filter(r -> pilot.toString().equals(r.key()))
                .toList();
        assertThat(forPilot).hasSize(1);
        assertThat(readData(forPilot.get(0).value()).get("amount").get("amount").asText()).isEqualTo("0.11");
    }

    private static JsonNode readData(String value) {
        try {
            return JSON.readTree(value).get("data");
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
