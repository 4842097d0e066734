package org.totalplace.pilots.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** pilot-areas-changed reaches the real broker as a CloudEvent matching its published schema. */
@QuarkusTest
class PilotAreaEventsTest {

    private static final String TYPE = "totalplace.pilots.pilot-areas-changed.v1";
    private static final Instant NOW = Instant.parse("2009-11-02T10:15:00Z");
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
    void shouldPublishPilotAreasChangedWithTheWholeSetKeyedByThePilotId() throws Exception {
        PilotJson pilot = PilotJson.valid();
        String id = register(pilot);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("areas", List.of("South Tyneside", "Gateshead", "E08000024")))
                .put("/pilots/{id}/areas", id).then().statusCode(200);

        ConsumerRecord<String, String> record = awaitEvent(id, TYPE);

        EventSchemas.assertValid("pilots-service", TYPE, record.value());
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("time").asText()).isEqualTo("2009-11-02T10:15:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("pilotId").asText()).isEqualTo(id);
        assertThat(data.path("code").asText()).isEqualTo(pilot.code());
        assertThat(data.path("version").asLong()).isEqualTo(1);
        assertThat(texts(data.path("areas"), "name")).containsExactly("Gateshead", "South Tyneside", "Sunderland");
        assertThat(texts(data.path("areas"), "gssCode")).containsExactly("E08000020", "E08000023", "E08000024");
        assertThat(texts(data.path("areas"), "registerCode")).containsExactly("GAT", "STY", "SND");
    }

    @Test
    void shouldPublishTheAreasOfANewPilotAfterItsRegistrationOnTheSamePartition() throws Exception {
        String id = register(PilotJson.valid().with("areas", List.of("County Durham")));

        ConsumerRecord<String, String> registered = awaitEvent(id, "totalplace.pilots.pilot-registered.v1");
        ConsumerRecord<String, String> areas = awaitEvent(id, TYPE);

        EventSchemas.assertValid("pilots-service", TYPE, areas.value());
        assertThat(areas.partition()).isEqualTo(registered.partition());
        assertThat(areas.offset()).isGreaterThan(registered.offset());
        JsonNode data = JSON.readTree(areas.value()).path("data");
        assertThat(data.path("version").asLong()).isZero();
        assertThat(texts(data.path("areas"), "gssCode")).containsExactly("E06000047");
    }

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
    }

    private ConsumerRecord<String, String> awaitEvent(String pilotId, String type) {
        return probe.awaitRecord(r -> pilotId.equals(r.key()) && r.value().contains(type), WITHIN);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
