package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.totalplace.governance.support.PaperBodies;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** paper-published and paper-revised reach the real broker keyed by the group id, matching their schemas. */
@QuarkusTest
class PaperEventsTest {

    private static final String TOPIC = "totalplace.governance.v1";
    private static final String PUBLISHED = "totalplace.governance.paper-published.v1";
    private static final String REVISED = "totalplace.governance.paper-revised.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2010-01-11T09:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;
    private String groupId;
    private String groupCode;

    @BeforeEach
    void setTheClockWatchTheTopicAndCreateABoard() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        probe = TopicProbe.forTopic(bootstrapServers, TOPIC);
        groupCode = "board-" + UUID.randomUUID().toString().substring(0, 8);
        groupId = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Improvement Board","kind":"IMPROVEMENT_BOARD"}""".formatted(groupCode))
                .when().post("/groups")
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldPublishPaperPublishedKeyedByGroupWithEverySectionButTheParagraphText() throws Exception {
        String id = publish(PaperBodies.totalPlace());

        JsonNode event = await(PUBLISHED, id);

        assertThat(event.path("time").asText()).isEqualTo("2010-01-11T09:00:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("groupCode").asText()).isEqualTo(groupCode);
        assertThat(data.path("title").asText()).isEqualTo("Total Place");
        assertThat(data.path("meetingDate").asText()).isEqualTo("2010-01-19");
        assertThat(data.path("itemNumber").asInt()).isEqualTo(3);
        assertThat(data.path("recommendations")).hasSize(1);
        assertThat(data.at("/contactOfficer/email").asText()).isEqualTo("john.atkinson@localleadership.gov.uk");
        assertThat(data.path("paragraphCount").asInt()).isEqualTo(7);
        assertThat(data.path("paragraphs").findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(data.at("/paragraphs/3/heading").asText()).isEqualTo("Budget Report");
        assertThat(data.at("/paragraphs/6/heading").isNull()).isTrue();
        assertThat(event.toString()).as("paragraph text stays out of the event")
                .doesNotContain("Systemic Leadership");
        assertThat(data.path("version").asLong()).isZero();
    }

    @Test
    void shouldPublishPaperRevisedWithTheNewVersionAndParagraphCount() throws Exception {
        String id = publish(PaperBodies.brief("Counting update", "2009-10-12"));
        ObjectNode revised = PaperBodies.brief("Counting update, revised", "2009-10-12");
        revised.withArray("paragraphs").addObject().put("heading", "Next steps").put("text", "Report in November.");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised.toString())
                .when().put("/papers/" + id).then().statusCode(200);

        JsonNode data = await(REVISED, id).path("data");

        assertThat(data.path("title").asText()).isEqualTo("Counting update, revised");
        assertThat(data.get("itemNumber").isNull()).isTrue();
        assertThat(data.path("paragraphCount").asInt()).isEqualTo(2);
        assertThat(data.at("/paragraphs/1/heading").asText()).isEqualTo("Next steps");
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    private String publish(ObjectNode paper) {
        return given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + groupCode + "/papers")
                .then().statusCode(201).extract().path("id");
    }

    /** The event of {@code type} about paper {@code id}, keyed by its group and valid against its schema. */
    private JsonNode await(String type, String id) throws Exception {
        ConsumerRecord<String, String> record = probe.awaitRecord(
                r -> groupId.equals(r.key()) && r.value().contains(type) && r.value().contains(id), TIMEOUT);
        EventSchemas.assertValid("governance-service", type, record.value());
        JsonNode event = PaperBodies.JSON.readTree(record.value());
        assertThat(event.path("type").asText()).isEqualTo(type);
        assertThat(event.path("subject").asText()).isEqualTo(groupId);
        assertThat(event.path("data").path("paperId").asText()).isEqualTo(id);
        assertThat(event.path("data").path("groupId").asText()).isEqualTo(groupId);
        return event;
    }
}
