package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.governance.support.Registers.entry;
import static org.totalplace.governance.support.Registers.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Registers;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Attendance, holding and minutes events reach the real broker keyed by group id, matching their schemas. */
@QuarkusTest
class MeetingRecordEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String PREFIX = "totalplace.governance.";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate JANUARY = LocalDate.of(2010, 1, 20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void watchTheTopic() {
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishAttendanceRecordedAndMeetingHeldWithTheAlternateBasedQuorum() throws Exception {
        Map<String, String> seat = Registers.membershipsByHolder("ministerial-group", JANUARY);
        String meeting = Meetings.oneOff("ministerial-group", JANUARY);
        String groupId = Meetings.read(meeting).getString("groupId");
        List<String> entries = new ArrayList<>();
        for (String post : List.of("Secretary of State for Communities and Local Government",
                "Chief Secretary to the Treasury", "Minister for Communities and Local Government",
                "Secretary of State for the Home Department")) {
            entries.add(entry(seat.get(post), "PRESENT", null));
        }
        entries.add(entry(seat.get("Cllr Margaret Eaton"), "REPRESENTED", seat.get("Cllr David Parsons")));
        Registers.record(meeting, register(entries, "John Atkinson, Leadership Centre")).statusCode(200);
        Registers.hold(meeting).statusCode(200);

        JsonNode recorded = await("attendance-recorded.v1", groupId, meeting);
        assertThat(recorded.path("entries")).hasSize(5);
        assertThat(recorded.path("entries").get(4).path("status").asText()).isEqualTo("REPRESENTED");
        assertThat(recorded.path("entries").get(4).path("representedBy").asText()).isEqualTo(seat.get("Cllr David Parsons"));
        assertThat(recorded.path("entries").get(0).path("representedBy").isNull()).isTrue();
        assertThat(recorded.path("inAttendance").get(0).asText()).isEqualTo("John Atkinson, Leadership Centre");

        JsonNode held = await("meeting-held.v1", groupId, meeting);
        assertThat(held.path("date").asText()).isEqualTo("2010-01-20");
        assertThat(held.path("quorate").asBoolean()).isTrue();
        assertThat(held.path("seats").asInt()).isEqualTo(9);
        assertThat(held.path("needed").asInt()).isEqualTo(5);
        assertThat(held.path("counted").asInt()).isEqualTo(5);
        assertThat(held.path("viaAlternates").get(0).path("membershipId").asText())
                .isEqualTo(seat.get("Cllr Margaret Eaton"));
        assertThat(held.path("viaAlternates").get(0).path("alternateMembershipId").asText())
                .isEqualTo(seat.get("Cllr David Parsons"));
        assertThat(held.path("version").asText()).isEqualTo(Meetings.etag(meeting).replace("\"", ""));
    }

    @Test
    void shouldPublishEveryMoveOfTheMinutesKeyedByGroup() throws Exception {
        String groupId = Meetings.group("OTHER", "MONTHLY");
        String meeting = Meetings.oneOff(groupId, JANUARY);
        String next = Meetings.oneOff(groupId, JANUARY.plusMonths(1));
        Registers.held(meeting);

        minutes(meeting, "PUT", "", "{\"text\":\"1. Apologies: none.\"}");
        minutes(meeting, "POST", "/circulate", null);
        minutes(meeting, "POST", "/amendments", """
                {"amendment":"Item 1: apologies from DH","text":"1. Apologies: DH."}""");
        minutes(meeting, "POST", "/approve", """
                {"approvedAtMeetingId":"%s"}""".formatted(next));
        minutes(meeting, "POST", "/corrections", """
                {"text":"Item 1: apologies from DH and DWP","reason":"DWP's apologies were missed"}""");

        assertThat(await("minutes-drafted.v1", groupId, meeting).path("text").asText()).isEqualTo("1. Apologies: none.");
        assertThat(await("minutes-circulated.v1", groupId, meeting).path("meetingDate").asText()).isEqualTo("2010-01-20");
        JsonNode amended = await("minutes-amended.v1", groupId, meeting);
        assertThat(amended.path("number").asInt()).isEqualTo(1);
        assertThat(amended.path("amendment").asText()).isEqualTo("Item 1: apologies from DH");
        assertThat(amended.path("text").asText()).isEqualTo("1. Apologies: DH.");
        JsonNode approved = await("minutes-approved.v1", groupId, meeting);
        assertThat(approved.path("approvedAtMeetingId").asText()).isEqualTo(next);
        assertThat(approved.path("approvedAtMeetingDate").asText()).isEqualTo("2010-02-20");
        assertThat(approved.path("amendments").asInt()).isEqualTo(1);
        assertThat(approved.path("text").asText()).isEqualTo("1. Apologies: DH.");
        JsonNode corrected = await("minutes-corrected.v1", groupId, meeting);
        assertThat(corrected.path("reason").asText()).isEqualTo("DWP's apologies were missed");
        assertThat(corrected.path("version").asText()).isEqualTo(Meetings.etag(meeting).replace("\"", ""));
    }

    private static void minutes(String meeting, String method, String step, String body) {
        var request = given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting));
        if (body != null) {
            request = request.body(body);
        }
        request.when().request(method, "/meetings/" + meeting + "/minutes" + step).then().statusCode(200);
    }

    private JsonNode await(String type, String groupId, String meetingId) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(PREFIX + type) && r.value().contains(meetingId),
                TIMEOUT);
        EventSchemas.assertValid("governance-service", PREFIX + type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        assertThat(event.path("data").path("groupId").asText()).isEqualTo(groupId);
        assertThat(event.path("data").path("meetingId").asText()).isEqualTo(meetingId);
        return event.path("data");
    }
}
