package org.totalplace.pilots.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.ParallelPlaceJson;
import org.totalplace.pilots.support.PartnerBodyJson;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * Parallel places, pilot tags, networking events and partner body successions reach the real broker as CloudEvents
 * matching their published schemas, each keyed by its own aggregate; a parallel place is never a pilot event.
 */
@QuarkusTest
class PlaceEventsTest {

    private static final Instant NOW = Instant.parse("2010-07-27T10:00:00Z");
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
    void shouldPublishParallelPlaceRegisteredAndUpdatedButNoPilotEvent() throws Exception {
        ParallelPlaceJson json = ParallelPlaceJson.valid().with("tags", List.of("Older people", "Under fives"));
        String id = json.register();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json.with("tags", List.of()).body())
                .put("/parallel-places/{id}", id).then().statusCode(200);

        ConsumerRecord<String, String> registered = awaitEvent(id, "parallel-place-registered");
        ConsumerRecord<String, String> updated = awaitEvent(id, "parallel-place-updated");

        assertEnvelope(registered, "parallel-place-registered", id);
        assertEnvelope(updated, "parallel-place-updated", id);
        assertThat(updated.offset()).isGreaterThan(registered.offset());
        JsonNode data = JSON.readTree(registered.value()).path("data");
        assertThat(data.path("parallelPlaceId").asText()).isEqualTo(id);
        assertThat(data.path("code").asText()).isEqualTo(json.code());
        assertThat(data.path("region").asText()).isEqualTo("North West");
        assertThat(JSON.convertValue(data.path("tags"), List.class)).isEqualTo(List.of("older-people", "under-fives"));
        assertThat(JSON.readTree(updated.value()).path("data").path("tags").size()).isZero();
        // the updated event came after everything recorded about this id before it, on the same partition
        assertThat(probe.drain(Duration.ofMillis(500))).filteredOn(r -> id.equals(r.key()))
                .extracting(r -> JSON.readTree(r.value()).path("type").asText())
                .containsExactly("totalplace.pilots.parallel-place-registered.v1",
                        "totalplace.pilots.parallel-place-updated.v1");
    }

    @Test
    void shouldPublishPilotTagsChangedKeyedByThePilotId() throws Exception {
        PilotJson pilot = PilotJson.valid();
        String id = given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("tags", List.of("Reoffending", "Work and skills"))).put("/pilots/{p}/tags", id).then()
                .statusCode(200);

        ConsumerRecord<String, String> changed = awaitEvent(id, "pilot-tags-changed");

        assertEnvelope(changed, "pilot-tags-changed", id);
        JsonNode data = JSON.readTree(changed.value()).path("data");
        assertThat(data.path("code").asText()).isEqualTo(pilot.code());
        assertThat(JSON.convertValue(data.path("tags"), List.class)).isEqualTo(List.of("reoffending", "work-and-skills"));
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishNetworkingEventRecordedWithItsHost() throws Exception {
        PilotJson pilot = PilotJson.valid().with("region", "North East");
        given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201);
        Map<String, Object> event = new HashMap<>(Map.of("title", "Senior leaders networking event",
                "heldOn", "2010-01-15", "host", pilot.code(),
                "speakers", List.of(Map.of("name", "John Denham", "organisation", "Communities and Local Government"))));
        String id = given().contentType(ContentType.JSON).body(event).post("/networking-events").then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> recorded = awaitEvent(id, "networking-event-recorded");

        assertEnvelope(recorded, "networking-event-recorded", id);
        JsonNode data = JSON.readTree(recorded.value()).path("data");
        assertThat(data.path("heldOn").asText()).isEqualTo("2010-01-15");
        assertThat(data.path("host").path("kind").asText()).isEqualTo("PILOT");
        assertThat(data.path("host").path("code").asText()).isEqualTo(pilot.code());
        assertThat(data.path("speakers").get(0).path("topic").isNull()).isTrue();
        assertThat(data.path("attendees").size()).isZero();
    }

    @Test
    void shouldPublishPartnerBodySucceededAndForARenameAlsoTheUpdatedEntry() throws Exception {
        PartnerBodyJson go = PartnerBodyJson.of("GOVERNMENT_OFFICE").with("region", "North East");
        String goId = go.register();
        PartnerBodyJson clg = PartnerBodyJson.of("CENTRAL_DEPARTMENT_OR_AGENCY")
                .with("code", "CLG-" + PartnerBodyJson.unusedOdsCode());
        String clgId = clg.register();
        succeed(goId, Map.of("kind", "RENAMED", "effectiveOn", "2010-04-01", "successor", "GO North East renamed"));
        succeed(goId, Map.of("kind", "ABOLISHED", "effectiveOn", "2011-04-01", "successor", clgId,
                "reason", "Closure of the Government Offices announced in July 2010"));

        ConsumerRecord<String, String> renamed = awaitEvent(goId, "partner-body-succeeded", "RENAMED");
        ConsumerRecord<String, String> updated = awaitEvent(goId, "partner-body-updated");
        ConsumerRecord<String, String> abolished = awaitEvent(goId, "partner-body-succeeded", "ABOLISHED");

        assertEnvelope(renamed, "partner-body-succeeded", goId);
        assertEnvelope(updated, "partner-body-updated", goId);
        assertEnvelope(abolished, "partner-body-succeeded", goId);
        assertThat(abolished.offset()).isGreaterThan(renamed.offset());
        JsonNode rename = JSON.readTree(renamed.value()).path("data");
        assertThat(rename.path("formerName").asText()).isEqualTo(go.name());
        assertThat(rename.path("newName").asText()).isEqualTo("GO North East renamed");
        assertThat(rename.path("successor").isNull()).isTrue();
        assertThat(JSON.readTree(updated.value()).path("data").path("name").asText()).isEqualTo("GO North East renamed");
        JsonNode end = JSON.readTree(abolished.value()).path("data");
        assertThat(end.path("formerName").asText()).isEqualTo("GO North East renamed");
        assertThat(end.path("effectiveOn").asText()).isEqualTo("2011-04-01");
        assertThat(end.path("successor").path("bodyId").asText()).isEqualTo(clgId);
        assertThat(end.path("successor").path("code").asText()).isEqualTo(clg.code());
    }

    @Test
    void shouldPublishASchemaThatRefusesAMergerWithoutItsSuccessor() throws Exception {
        PartnerBodyJson body = PartnerBodyJson.of("PRIMARY_CARE_TRUST");
        String id = body.register();
        String other = PartnerBodyJson.of("PRIMARY_CARE_TRUST").register();
        succeed(id, Map.of("kind", "MERGED", "effectiveOn", "2011-04-01", "successor", other));
        ObjectNode event = (ObjectNode) JSON.readTree(awaitEvent(id, "partner-body-succeeded").value());

        ((ObjectNode) event.path("data")).putNull("successor");

        assertThat(EventSchemas.validate("pilots-service", "totalplace.pilots.partner-body-succeeded.v1",
                event.toString())).isNotEmpty();
    }

    private static void succeed(String body, Map<String, Object> request) {
        given().contentType(ContentType.JSON).body(request).post("/partner-bodies/{id}/successions", body).then()
                .statusCode(201);
    }

    private ConsumerRecord<String, String> awaitEvent(String key, String kind, String... containing) {
        return probe.awaitRecord(r -> key.equals(r.key()) && r.value().contains("totalplace.pilots." + kind + ".v1")
                && List.of(containing).stream().allMatch(r.value()::contains), WITHIN);
    }

    private static void assertEnvelope(ConsumerRecord<String, String> record, String kind, String key) throws Exception {
        EventSchemas.assertValid("pilots-service", "totalplace.pilots." + kind + ".v1", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo("totalplace.pilots." + kind + ".v1");
        assertThat(event.path("subject").asText()).isEqualTo(key);
        assertThat(event.path("time").asText()).isEqualTo("2010-07-27T10:00:00Z");
    }
}
