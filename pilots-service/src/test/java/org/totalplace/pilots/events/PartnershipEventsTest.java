package org.totalplace.pilots.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PartnerBodyJson;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.StoredRows;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * Partner bodies, memberships and roles reach the real broker as CloudEvents matching their published
 * schemas: body events keyed by the body, membership and role events keyed by the pilot.
 */
@QuarkusTest
class PartnershipEventsTest {

    private static final Instant NOW = Instant.parse("2009-10-01T10:00:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "totalplace.outbox.topic")
    String topic;

    @Inject
    StoredRows rows;

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
    void shouldPublishPartnerBodyRegisteredKeyedByTheBodyId() throws Exception {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();
        String id = council.register();

        ConsumerRecord<String, String> record = awaitEvent(id, "partner-body-registered");

        assertEnvelope(record, "partner-body-registered", id);
        JsonNode data = JSON.readTree(record.value()).path("data");
        assertThat(data.path("bodyId").asText()).isEqualTo(id);
        assertThat(data.path("name").asText()).isEqualTo(council.name());
        assertThat(data.path("type").asText()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(data.path("tier").asText()).isEqualTo("METROPOLITAN_DISTRICT");
        assertThat(data.path("code").asText()).isEqualTo(council.code());
        assertThat(data.path("region").asText()).isEqualTo("North East");
        assertThat(data.path("version").asLong()).isZero();
    }

    @Test
    void shouldPublishPartnerBodyUpdatedAfterTheRegistrationOnTheSamePartition() throws Exception {
        PartnerBodyJson pct = PartnerBodyJson.primaryCareTrust();
        String id = pct.register();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(pct.with("region", null).body())
                .put("/partner-bodies/{id}", id).then().statusCode(200);

        ConsumerRecord<String, String> registered = awaitEvent(id, "partner-body-registered");
        ConsumerRecord<String, String> updated = awaitEvent(id, "partner-body-updated");

        assertEnvelope(updated, "partner-body-updated", id);
        assertThat(updated.partition()).isEqualTo(registered.partition());
        assertThat(updated.offset()).isGreaterThan(registered.offset());
        JsonNode data = JSON.readTree(updated.value()).path("data");
        assertThat(data.path("tier").isNull()).isTrue();
        assertThat(data.path("region").isNull()).isTrue();
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishJoinedAndLeftKeyedByThePilotIdInOrder() throws Exception {
        String pilot = registerPilot();
        PartnerBodyJson pct = PartnerBodyJson.primaryCareTrust();
        String body = pct.register();
        given().contentType(ContentType.JSON).body(Map.of("bodyCode", pct.code(), "from", "2009-06-01"))
                .post("/pilots/{p}/partner-bodies", pilot).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("to", "2010-03-31"))
                .post("/pilots/{p}/partner-bodies/{b}/leave", pilot, body).then().statusCode(200);

        ConsumerRecord<String, String> joined = awaitEvent(pilot, "partner-body-joined");
        ConsumerRecord<String, String> left = awaitEvent(pilot, "partner-body-left");

        assertEnvelope(joined, "partner-body-joined", pilot);
        assertEnvelope(left, "partner-body-left", pilot);
        assertThat(left.partition()).isEqualTo(joined.partition());
        assertThat(left.offset()).isGreaterThan(joined.offset());
        JsonNode joinedData = JSON.readTree(joined.value()).path("data");
        assertThat(joinedData.path("pilotId").asText()).isEqualTo(pilot);
        assertThat(joinedData.path("bodyId").asText()).isEqualTo(body);
        assertThat(joinedData.path("bodyCode").asText()).isEqualTo(pct.code());
        assertThat(joinedData.path("bodyType").asText()).isEqualTo("PRIMARY_CARE_TRUST");
        assertThat(joinedData.path("from").asText()).isEqualTo("2009-06-01");
        assertThat(joinedData.path("to").isNull()).isTrue();
        JsonNode leftData = JSON.readTree(left.value()).path("data");
        assertThat(leftData.path("membershipId").asText()).isEqualTo(joinedData.path("membershipId").asText());
        assertThat(leftData.path("to").asText()).isEqualTo("2010-03-31");
        assertThat(leftData.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishRoleAssignedAndEndedKeyedByThePilotIdInOrder() throws Exception {
        String pilot = registerPilot();
        Map<String, Object> lead = new HashMap<>(Map.of("person", "Barry Quirk", "role", "PILOT_LEAD",
                "from", "2009-06-01"));
        lead.put("organisation", null);
        String role = given().contentType(ContentType.JSON).body(lead).post("/pilots/{p}/roles", pilot).then()
                .statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("to", "2010-03-31"))
                .post("/pilots/{p}/roles/{r}/end", pilot, role).then().statusCode(200);

        ConsumerRecord<String, String> assigned = awaitEvent(pilot, "role-assigned");
        ConsumerRecord<String, String> ended = awaitEvent(pilot, "role-ended");

        assertEnvelope(assigned, "role-assigned", pilot);
        assertEnvelope(ended, "role-ended", pilot);
        assertThat(ended.offset()).isGreaterThan(assigned.offset());
        JsonNode assignedData = JSON.readTree(assigned.value()).path("data");
        assertThat(assignedData.path("roleId").asText()).isEqualTo(role);
        assertThat(assignedData.path("role").asText()).isEqualTo("PILOT_LEAD");
        assertThat(assignedData.path("person").asText()).isEqualTo("Barry Quirk");
        assertThat(assignedData.path("organisation").isNull()).isTrue();
        assertThat(assignedData.path("to").isNull()).isTrue();
        assertThat(JSON.readTree(ended.value()).path("data").path("to").asText()).isEqualTo("2010-03-31");
    }

    @Test
    void shouldRecordNoEventForARefusedAppointmentOrJoin() {
        String pilot = registerPilot();
        String body = PartnerBodyJson.localAuthority().register();
        given().contentType(ContentType.JSON).body(Map.of("person", "Barry Quirk", "role", "GO_LEAD", "from", "2009-06-01"))
                .post("/pilots/{p}/roles", pilot).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("bodyId", body, "from", "2009-06-01"))
                .post("/pilots/{p}/partner-bodies", pilot).then().statusCode(201);
        long before = rows.outboxRowsAbout(UUID.fromString(pilot));

        given().contentType(ContentType.JSON).body(Map.of("person", "Jane Smith", "role", "GO_LEAD", "from", "2009-07-01"))
                .post("/pilots/{p}/roles", pilot).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("bodyId", body, "from", "2009-07-01"))
                .post("/pilots/{p}/partner-bodies", pilot).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("to", "2009-01-01"))
                .post("/pilots/{p}/partner-bodies/{b}/leave", pilot, body).then().statusCode(422);

        assertThat(rows.outboxRowsAbout(UUID.fromString(pilot))).isEqualTo(before);
    }

    @Test
    void shouldPublishSchemasThatRefuseATierOutsideLocalAuthorities() throws Exception {
        String id = PartnerBodyJson.primaryCareTrust().register();
        ObjectNode event = (ObjectNode) JSON.readTree(awaitEvent(id, "partner-body-registered").value());

        ((ObjectNode) event.path("data")).put("tier", "COUNTY");

        assertThat(EventSchemas.validate("pilots-service", "totalplace.pilots.partner-body-registered.v1",
                event.toString())).isNotEmpty();
    }

    // -----------------------------------------------------------------------------------------------

    private static String registerPilot() {
        return given().contentType(ContentType.JSON).body(PilotJson.valid().body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
    }

    private ConsumerRecord<String, String> awaitEvent(String key, String kind) {
        return probe.awaitRecord(r -> key.equals(r.key()) && r.value().contains("totalplace.pilots." + kind + ".v1"),
                WITHIN);
    }

    private static void assertEnvelope(ConsumerRecord<String, String> record, String kind, String key) throws Exception {
        EventSchemas.assertValid("pilots-service", "totalplace.pilots." + kind + ".v1", record.value());
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo("totalplace.pilots." + kind + ".v1");
        assertThat(event.path("subject").asText()).isEqualTo(key);
        assertThat(event.path("time").asText()).isEqualTo("2009-10-01T10:00:00Z");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
