package org.totalplace.spend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.support.RedesignRequests.EXAMPLE;
import static org.totalplace.spend.support.RedesignRequests.oneFlow;
import static org.totalplace.spend.support.RedesignRequests.propose;
import static org.totalplace.spend.support.RedesignRequests.proposed;
import static org.totalplace.spend.support.RedesignRequests.revise;
import static org.totalplace.spend.support.RedesignRequests.withdraw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * Redesign proposal events reach the real broker, keyed by pilot, in the shape the published schema describes,
 * carrying the implications reporting-service puts in the Budget report.
 */
@QuarkusTest
class RedesignEventsTest {

    private static final String TOPIC = "totalplace.spend.v1";
    private static final String TYPE = "totalplace.spend.redesign-proposal-changed.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KnownPilots pilots;

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

    private UUID pilot() {
        return pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    @Test
    void shouldPublishASchemaValidEventWithTheImplicationsKeyedByThePilot() {
        UUID pilot = pilot();
        String id = proposed(pilot, EXAMPLE);

        ConsumerRecord<String, String> record = probe.awaitRecord(r -> r.value().contains(id), WAIT);

        assertThat(record.key()).isEqualTo(pilot.toString());
        EventSchemas.assertValid("spend-service", TYPE, record.value());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        JsonNode event = read(record.value());
        assertThat(event.get("type").asText()).isEqualTo(TYPE);
        assertThat(event.get("subject").asText()).isEqualTo(pilot.toString());
        JsonNode data = event.get("data");
        assertThat(data.get("proposalId").asText()).isEqualTo(id);
        assertThat(data.get("change").asText()).isEqualTo("proposed");
        assertThat(data.get("version").asLong()).isZero();
        assertThat(data.get("discountRate").asText()).isEqualTo("0.035");
        assertThat(data.get("priceBasis").get("baseYear").asText()).isEqualTo("2009-10");
        JsonNode scenarios = data.get("scenarios");
        assertThat(scenarios.get("central").get("npv").get("amount").asText()).isEqualTo("22663.31");
        assertThat(scenarios.get("central").get("payback").get("financialYear").asText()).isEqualTo("2012-13");
        assertThat(scenarios.get("low").get("npv").get("amount").asText()).isEqualTo("-30336.30");
        assertThat(scenarios.get("low").get("payback").get("financialYear").isNull()).isTrue();
        assertThat(scenarios.get("high").get("npv").get("amount").asText()).isEqualTo("109141.17");
        JsonNode council = scenarios.get("central").get("bodies").get(0);
        assertThat(council.get("body").asText()).isEqualTo("Gateshead Council");
        assertThat(council.get("net").get("amount").asText()).isEqualTo("-90000.00");
        assertThat(council.get("npv").get("amount").asText()).isEqualTo("-90664.89");
        assertThat(council.get("investsMoreThanItGetsBack").asBoolean()).isTrue();
    }

    @Test
    void shouldPublishRevisionsAndWithdrawalInOrderOnOnePartition() {
        UUID pilot = pilot();
        String id = proposed(pilot, EXAMPLE);
        revise(id, "\"0\"", oneFlow("Smaller scheme", "Gateshead Council", "2010-11", "50.00")).statusCode(200);
        withdraw(id, "\"1\"", "Superseded").statusCode(200);

        List<ConsumerRecord<String, String>> records = probe.awaitRecords(r -> pilot.toString().equals(r.key()), 3,
                WAIT);

        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        records.forEach(r -> EventSchemas.assertValid("spend-service", TYPE, r.value()));
        List<JsonNode> data = records.stream().map(r -> read(r.value()).get("data")).toList();
        assertThat(data).extracting(d -> d.get("change").asText()).containsExactly("proposed", "revised", "withdrawn");
        assertThat(data).extracting(d -> d.get("version").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(data.get(1).get("scenarios").get("central").get("npv").get("amount").asText()).isEqualTo("50.00");
        assertThat(data.get(2).get("withdrawn").asBoolean()).isTrue();
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(stored.unsentOutboxRowsAbout(pilot)).isZero());
    }

    @Test
    void shouldPublishNothingForARefusedProposal() {
        UUID pilot = pilot();
        propose(pilot, EXAMPLE.replace("\"2011-12\"", "\"2009-10\"")).statusCode(422);
        // The relay publishes in outbox order, so anything the refused request had written would arrive first.
        String id = proposed(pilot, EXAMPLE);

        probe.awaitRecord(r -> r.value().contains(id), WAIT);

        assertThat(probe.drain(Duration.ZERO).stream().filter(r -> pilot.toString().equals(r.key())).toList())
                .hasSize(1);
    }
}
