package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Meeting events reach the real broker keyed by group id, as CloudEvents that match their schemas. */
@QuarkusTest
class MeetingEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String SCHEDULED = "totalplace.governance.meeting-scheduled.v1";
    private static final String ITEM_ADDED = "totalplace.governance.agenda-item-added.v1";
    private static final String CANCELLED = "totalplace.governance.meeting-cancelled.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void shouldPublishMeetingScheduledForEveryMeetingOfASeriesWithItsAgenda() throws Exception {
        List<String> meetings = Meetings.series("officials-group", LocalDate.of(2031, 3, 10), 2);
        String groupId = Meetings.read(meetings.get(0)).getString("groupId");

        for (int n = 0; n < meetings.size(); n++) {
            JsonNode data = await(SCHEDULED, groupId, meetings.get(n)).path("data");
            assertThat(data.path("occurrence").asInt()).isEqualTo(n + 1);
            assertThat(data.path("date").asText()).isEqualTo(LocalDate.of(2031, 3 + n, 10).toString());
            JsonNode agenda = data.path("agenda");
            assertThat(agenda.size()).isGreaterThanOrEqualTo(6);
            assertThat(agenda.get(0).path("kind").asText()).isEqualTo("STANDING");
            assertThat(agenda.get(0).path("position").asInt()).isEqualTo(1);
        }
    }

    @Test
    void shouldPublishAgendaItemAddedAndMeetingCancelledKeyedByGroup() throws Exception {
        String groupId = Meetings.group("OTHER", "MONTHLY");
        String meeting = Meetings.oneOff(groupId, LocalDate.of(2009, 12, 7));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"title":"Budget report format","presenter":"CLG","minutesAllotted":15}""")
                .when().post("/meetings/" + meeting + "/agenda").then().statusCode(201);
        JsonNode added = await(ITEM_ADDED, groupId, meeting).path("data");
        assertThat(added.path("item").path("title").asText()).isEqualTo("Budget report format");
        assertThat(added.path("item").path("kind").asText()).isEqualTo("ADDED");
        assertThat(added.path("item").path("minutesAllotted").asInt()).isEqualTo(15);
        assertThat(added.path("meetingVersion").asLong()).isEqualTo(1);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"reason":"Moved to January"}""")
                .when().post("/meetings/" + meeting + "/cancel").then().statusCode(200);
        JsonNode cancelled = await(CANCELLED, groupId, meeting).path("data");
        assertThat(cancelled.path("reason").asText()).isEqualTo("Moved to January");
        assertThat(cancelled.path("date").asText()).isEqualTo("2009-12-07");
    }

    private JsonNode await(String type, String groupId, String meetingId) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(type) && r.value().contains(meetingId), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        assertThat(event.path("data").path("meetingId").asText()).isEqualTo(meetingId);
        return event;
    }
}
