package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** membership-started and membership-ended reach the real broker, keyed by group id, matching their schemas. */
@QuarkusTest
class MembershipEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String STARTED = "totalplace.governance.membership-started.v1";
    private static final String ENDED = "totalplace.governance.membership-ended.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2009-11-02T09:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;
    private String groupId;
    private String groupCode;

    @BeforeEach
    void setTheClockWatchTheTopicAndCreateAGroup() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
        groupCode = "ministers-" + UUID.randomUUID().toString().substring(0, 8);
        groupId = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Ministerial group","kind":"MINISTERIAL"}""".formatted(groupCode))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishMembershipStartedForAPostKeyedByGroupIdMatchingSchema() throws Exception {
        String id = startMembership("""
                {"post":"Chief Secretary to the Treasury","role":"MEMBER","onBehalfOf":"HM Treasury",
                 "from":"2009-04-22"}""");

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(STARTED) && r.value().contains(id), TIMEOUT);

        EventSchemas.assertValid("governance-service", STARTED, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        assertThat(event.path("time").asText()).isEqualTo("2009-11-02T09:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("membershipId").asText()).isEqualTo(id);
        assertThat(data.path("groupId").asText()).isEqualTo(groupId);
        assertThat(data.path("groupCode").asText()).isEqualTo(groupCode);
        assertThat(data.get("person").isNull()).isTrue();
        assertThat(data.path("post").asText()).isEqualTo("Chief Secretary to the Treasury");
        assertThat(data.path("role").asText()).isEqualTo("MEMBER");
        assertThat(data.get("alternateFor").isNull()).isTrue();
        assertThat(data.path("onBehalfOf").asText()).isEqualTo("HM Treasury");
        assertThat(data.path("from").asText()).isEqualTo("2009-04-22");
        assertThat(data.get("to").isNull()).isTrue();
        assertThat(data.path("version").asLong()).isZero();
    }

    @Test
    void shouldPublishMembershipStartedForAnAlternateNamingTheMember() throws Exception {
        String eaton = startMembership("""
                {"person":"Cllr Margaret Eaton","role":"MEMBER","onBehalfOf":"LGA","from":"2009-04-22"}""");
        String parsons = startMembership("""
                {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","onBehalfOf":"LGA",
                 "from":"2009-04-22"}""".formatted(eaton));

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(STARTED) && r.value().contains(parsons), TIMEOUT);

        EventSchemas.assertValid("governance-service", STARTED, record.value());
        JsonNode data = JSON.readTree(record.value()).path("data");
        assertThat(data.path("person").asText()).isEqualTo("Cllr David Parsons");
        assertThat(data.get("post").isNull()).isTrue();
        assertThat(data.path("role").asText()).isEqualTo("ALTERNATE");
        assertThat(data.path("alternateFor").asText()).isEqualTo(eaton);
    }

    @Test
    void shouldPublishMembershipEndedWithTheLastDayKeyedByGroupIdMatchingSchema() throws Exception {
        String id = startMembership("""
                {"post":"Minister for the Cabinet Office","role":"MEMBER","from":"2009-04-22"}""");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                        {"to":"2009-10-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", groupId, id)
                .then().statusCode(200);

        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(ENDED) && r.value().contains(id), TIMEOUT);

        EventSchemas.assertValid("governance-service", ENDED, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(ENDED);
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        JsonNode data = event.path("data");
        assertThat(data.path("membershipId").asText()).isEqualTo(id);
        assertThat(data.path("from").asText()).isEqualTo("2009-04-22");
        assertThat(data.path("to").asText()).isEqualTo("2009-10-31");
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishNothingForARefusedMembership() {
        startMembership("""
                {"person":"Secretary of State for Communities and Local Government","role":"CHAIR",
                 "from":"2009-04-22"}""");
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Someone else","role":"CHAIR","from":"2009-06-01"}""")
                .when().post("/groups/{group}/memberships", groupId)
                .then().statusCode(409);
        String marker = startMembership("""
                {"post":"Secretary of State for Health","role":"MEMBER","from":"2009-04-22"}""");

        probe.awaitRecord(r -> groupId.equals(r.key()) && r.value().contains(marker), TIMEOUT);
        assertThat(probe.awaitRecords(r -> groupId.equals(r.key()) && r.value().contains(STARTED), 2, TIMEOUT))
                .extracting(ConsumerRecord::value)
                .noneMatch(value -> value.contains("Someone else"));
    }

    private String startMembership(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/groups/{group}/memberships", groupId)
                .then().statusCode(201).extract().path("id");
    }
}
