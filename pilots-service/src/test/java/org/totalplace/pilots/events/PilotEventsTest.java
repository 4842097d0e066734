package org.totalplace.pilots.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.RunningInfrastructure;
import org.totalplace.testkit.TopicProbe;

/** Changes reach the real broker as CloudEvents that match the schemas this service publishes. */
@QuarkusTest
class PilotEventsTest {

    private static final Instant NOW = Instant.parse("2010-02-05T09:30:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "totalplace.outbox.topic")
    String topic;

    @Inject
    StoredRows rows;

    @Inject
    MeterRegistry meters;

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
    void shouldPublishPilotRegisteredKeyedByThePilotId() throws Exception {
        PilotJson pilot = PilotJson.valid().with("region", "East of England");
        String id = register(pilot);

        ConsumerRecord<String, String> record = awaitEvent(id, "pilot-registered");

        EventSchemas.assertValid("pilots-service", "totalplace.pilots.pilot-registered.v1", record.value());
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/pilots-service");
        assertThat(event.path("time").asText()).isEqualTo("2010-02-05T09:30:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("pilotId").asText()).isEqualTo(id);
        assertThat(data.path("code").asText()).isEqualTo(pilot.code());
        assertThat(data.path("region").asText()).isEqualTo("East of England");
        assertThat(data.path("version").asLong()).isZero();
    }

    @Test
    void shouldPublishPilotUpdatedAfterTheRegistrationOnTheSamePartition() throws Exception {
        PilotJson pilot = PilotJson.valid();
        String id = register(pilot);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(pilot.with("aliases", List.of("Second Name " + id)).body())
                .put("/pilots/{id}", id).then().statusCode(200);

        ConsumerRecord<String, String> registered = awaitEvent(id, "pilot-registered");
        ConsumerRecord<String, String> updated = awaitEvent(id, "pilot-updated");

        EventSchemas.assertValid("pilots-service", "totalplace.pilots.pilot-updated.v1", updated.value());
        assertThat(header(updated, "content-type")).isEqualTo("application/cloudevents+json");
        assertThat(updated.partition()).isEqualTo(registered.partition());
        assertThat(updated.offset()).isGreaterThan(registered.offset());
        JsonNode data = JSON.readTree(updated.value()).path("data");
        assertThat(data.path("version").asLong()).isEqualTo(1);
        assertThat(data.path("aliases").get(0).asText()).isEqualTo("Second Name " + id);
    }

    @Test
    void shouldMarkTheOutboxRowSentOnceTheBrokerAcknowledged() throws Exception {
        String id = register(PilotJson.valid());

        UUID eventId = UUID.fromString(JSON.readTree(awaitEvent(id, "pilot-registered").value()).path("id").asText());

        await().atMost(WITHIN).untilAsserted(() -> assertThat(rows.outboxSentAt(eventId)).isPresent());
    }

    /** Longer than the producer's delivery timeout, so the relay itself must notice, back off and retry. */
    @Test
    void shouldPublishWhatWasRecordedWhileTheBrokerWasDown() {
        double failuresBefore = meters.get("totalplace.outbox.failures").counter().count();
        RunningInfrastructure.broker().stop();
        String id;
        try {
            id = register(PilotJson.valid());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(meters.get("totalplace.outbox.failures").counter().count()).isGreaterThan(failuresBefore));
            assertThat(meters.get("totalplace.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(rows.outboxRowsAbout(UUID.fromString(id))).isOne();
        } finally {
            RunningInfrastructure.broker().start();
        }
        try (TopicProbe afterRestart = TopicProbe.forTopic(bootstrapServers, topic)) {
            ConsumerRecord<String, String> record = afterRestart.awaitRecord(
                    r -> id.equals(r.key()) && r.value().contains("pilot-registered"), Duration.ofSeconds(60));
            EventSchemas.assertValid("pilots-service", "totalplace.pilots.pilot-registered.v1", record.value());
        }
        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(meters.get("totalplace.outbox.pending").gauge().value()).isZero());
    }

    // -----------------------------------------------------------------------------------------------

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
    }

    private ConsumerRecord<String, String> awaitEvent(String pilotId, String kind) {
        return probe.awaitRecord(r -> pilotId.equals(r.key()) && r.value().contains("totalplace.pilots." + kind + ".v1"),
                WITHIN);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
