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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.PaperBodies;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** standing-agenda-changed and agenda-item-changed reach the real broker keyed by group id, matching their schemas. */
@QuarkusTest
class AgendaEditEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String STANDING_AGENDA_CHANGED = "totalplace.governance.standing-agenda-changed.v1";
    private static final String AGENDA_ITEM_CHANGED = "totalplace.governance.agenda-item-changed.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2009-12-01T09:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;
    private String groupId;

    @BeforeEach
    void setTheClockWatchTheTopicAndCreateAGroupWithAStandingAgenda() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
        groupId = Meetings.group("OTHER", "MONTHLY");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"items":[{"title":"Showcasing key achievements","minutesAllotted":15},
                                  {"title":"Listening to the pilots"}]}""")
                .when().put("/groups/" + groupId + "/standing-agenda").then().statusCode(200);
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishStandingAgendaChangedWithTheWholeListAndItsVersion() throws Exception {
        JsonNode event = await(STANDING_AGENDA_CHANGED, "\"version\":1");

        assertThat(event.path("time").asText()).isEqualTo("2009-12-01T09:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("groupId").asText()).isEqualTo(groupId);
        assertThat(data.path("items").findValuesAsText("title"))
                .containsExactly("Showcasing key achievements", "Listening to the pilots");
        assertThat(data.path("items").findValuesAsText("position")).containsExactly("1", "2");
        assertThat(data.at("/items/0/minutesAllotted").asInt()).isEqualTo(15);
        assertThat(data.at("/items/1/minutesAllotted").isNull()).isTrue();
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishAgendaItemChangedForAPaperAndForAMoveWithTheNewOrder() throws Exception {
        String meeting = Meetings.series(groupId, LocalDate.of(2009, 12, 14), 1).get(0);
        List<String> items = Meetings.read(meeting).getList("agenda.id", String.class);
        String paper = given().contentType(ContentType.JSON)
                .body(PaperBodies.brief("Counting update", "2009-12-14").toString())
                .when().post("/groups/" + groupId + "/papers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + paper + "\"}")
                .when().put("/meetings/" + meeting + "/agenda/" + items.get(1) + "/paper").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"position\":1}")
                .when().post("/meetings/" + meeting + "/agenda/" + items.get(1) + "/move").then().statusCode(200);

        JsonNode attached = await(AGENDA_ITEM_CHANGED, "PAPER_ATTACHED").path("data");
        assertThat(attached.path("meetingId").asText()).isEqualTo(meeting);
        assertThat(attached.path("itemId").asText()).isEqualTo(items.get(1));
        assertThat(attached.path("kind").asText()).isEqualTo("STANDING");
        assertThat(attached.path("position").asInt()).isEqualTo(2);
        assertThat(attached.path("paperId").asText()).isEqualTo(paper);
        assertThat(attached.path("meetingVersion").asLong()).isEqualTo(1);

        JsonNode moved = await(AGENDA_ITEM_CHANGED, "\"MOVED\"").path("data");
        assertThat(moved.path("position").asInt()).isEqualTo(1);
        assertThat(textsOf(moved.path("order"))).containsExactly(items.get(1), items.get(0));
        assertThat(moved.path("meetingVersion").asLong()).isEqualTo(2);
    }

    /** The event of {@code type} whose record mentions {@code marker}, keyed by the group and valid against its schema. */
    private JsonNode await(String type, String marker) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(type) && r.value().contains(marker), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        return event;
    }

    private static List<String> textsOf(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
