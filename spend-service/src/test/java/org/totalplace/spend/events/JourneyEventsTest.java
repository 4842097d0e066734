package org.totalplace.spend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.support.JourneyRequests.TODAY;
import static org.totalplace.spend.support.JourneyRequests.journey;
import static org.totalplace.spend.support.JourneyRequests.record;
import static org.totalplace.spend.support.JourneyRequests.recorded;
import static org.totalplace.spend.support.JourneyRequests.redesign;
import static org.totalplace.spend.support.JourneyRequests.revise;
import static org.totalplace.spend.support.JourneyRequests.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.JourneyPilot;
import org.totalplace.spend.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Journey events reach the real broker, keyed by pilot, valid against the published schema, with the costing. */
@QuarkusTest
class JourneyEventsTest {

    private static final String TOPIC = "totalplace.spend.v1";
    private static final String TYPE = "totalplace.spend.journey-costed.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    JourneyPilot pilots;

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
        pilots.forget();
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    @Test
    void shouldPublishASchemaValidEventWithTheCostingKeyedByThePilot() {
        UUID pilot = pilots.create();
        pilots.counted(pilot);
        String id = recorded(pilot, today());

        ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.value().contains(id), WAIT);

        assertThat(record.key()).isEqualTo(pilot.toString());
        EventSchemas.assertValid("spend-service", TYPE, record.value());
        JsonNode event = read(record.value());
        assertThat(event.get("type").asText()).isEqualTo(TYPE);
        assertThat(event.get("subject").asText()).isEqualTo(pilot.toString());
        JsonNode data = event.get("data");
        assertThat(data.get("journeyId").asText()).isEqualTo(id);
        assertThat(data.get("change").asText()).isEqualTo("recorded");
        assertThat(data.get("theme").asText()).isEqualTo("OLDER_PERSON_LEAVING_HOSPITAL");
        assertThat(data.get("contacts").asInt()).isEqualTo(9);
        // the worked example: 6,784.72 in all; prevention 36.00 (0.0053); four duplicated contacts, 2,874.36
        assertThat(data.get("total").get("amount").asText()).isEqualTo("6784.72");
        assertThat(data.get("prevention").get("share").asText()).isEqualTo("0.0053");
        assertThat(data.get("bodies").get(1).get("cost").get("amount").asText()).isEqualTo("1528.72");
        assertThat(data.get("duplicatedContacts").asInt()).isEqualTo(4);
        assertThat(data.get("duplicatedCost").get("amount").asText()).isEqualTo("2874.36");
        assertThat(data.get("redesigns").isNull()).isTrue();
    }

    @Test
    void shouldPublishARevisionAndARedesignInOrderOnOnePartition() {
        UUID pilot = pilots.create();
        String id = recorded(pilot, journey("One contact", null, null, List.of(TODAY.get(0))));
        revise(id, "\"0\"", journey("Two contacts", null, null, List.of(TODAY.get(0), TODAY.get(1))))
                .statusCode(200);
        String redesigned = recorded(pilot, journey("Redesign", id, null, List.of(TODAY.get(0))));

        List<ConsumerRecord<String, String>> records = probe.awaitRecords(r -> pilot.toString().equals(r.key()), 3,
                WAIT);

        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        records.forEach(r -> EventSchemas.assertValid("spend-service", TYPE, r.value()));
        List<JsonNode> data = records.stream().map(r -> read(r.value()).get("data")).toList();
        assertThat(data).extracting(d -> d.get("change").asText()).containsExactly("recorded", "revised", "recorded");
        assertThat(data.get(1).get("version").asLong()).isEqualTo(1L);
        assertThat(data.get(1).get("total").get("amount").asText()).isEqualTo("3110.00");
        assertThat(data.get(2).get("journeyId").asText()).isEqualTo(redesigned);
        assertThat(data.get(2).get("redesigns").asText()).isEqualTo(id);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(stored.unsentOutboxRowsAbout(pilot)).isZero());
    }

    @Test
    void shouldPublishNothingForARefusedJourney() {
        UUID pilot = pilots.create();
        record(pilot, journey("No count to derive from", null, null, List.of(TODAY.get(3)))).statusCode(422);
        // The relay publishes in outbox order, so anything the refused request had written would arrive first.
        String id = recorded(pilot, journey("Fine", null, null, List.of(TODAY.get(0))));

        probe.awaitRecord(r -> r.value().contains(id), WAIT);

        assertThat(probe.drain(Duration.ZERO).stream().filter(r -> pilot.toString().equals(r.key())).toList())
                .hasSize(1);
    }
}
