package org.totalplace.pilots.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.pilots.support.TimetableCalls.act;
import static org.totalplace.pilots.support.TimetableCalls.changeMilestone;
import static org.totalplace.pilots.support.TimetableCalls.giveBack;
import static org.totalplace.pilots.support.TimetableCalls.movePhase;
import static org.totalplace.pilots.support.TimetableCalls.planMilestone;
import static org.totalplace.pilots.support.TimetableCalls.registerPilot;
import static org.totalplace.pilots.support.TimetableCalls.startSubmission;
import static org.totalplace.pilots.support.TimetableCalls.writeSection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Phase, milestone and submission changes reach the real broker as CloudEvents matching their published schemas. */
@QuarkusTest
class TimetableEventsTest {

    private static final Instant NOW = Instant.parse("2010-01-29T09:30:00Z");
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
    void shouldPublishPilotPhaseChangedOnThePilotsPartition() throws Exception {
        String pilot = registerPilot();
        movePhase(pilot, 2, "\"0\"").then().statusCode(200);

        ConsumerRecord<String, String> registered = awaitEvent(pilot, "pilot-registered", "");
        ConsumerRecord<String, String> moved = awaitEvent(pilot, "pilot-phase-changed", "");

        assertValid("totalplace.pilots.pilot-phase-changed.v1", moved);
        assertThat(moved.partition()).isEqualTo(registered.partition());
        assertThat(moved.offset()).isGreaterThan(registered.offset());
        JsonNode event = JSON.readTree(moved.value());
        assertThat(event.path("subject").asText()).isEqualTo(pilot);
        assertThat(event.path("time").asText()).isEqualTo("2010-01-29T09:30:00Z");
        JsonNode data = event.path("data");
        assertThat(data.path("pilotId").asText()).isEqualTo(pilot);
        assertThat(data.path("from").asInt()).isEqualTo(1);
        assertThat(data.path("to").asInt()).isEqualTo(2);
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishMilestoneChangedWhenPlannedAndWhenMet() throws Exception {
        String pilot = registerPilot();
        String milestone = planMilestone(pilot, "Final report drafted", 2, "2010-01-22").path("id");
        changeMilestone(pilot, milestone, Map.of("status", "MET", "metOn", "2010-01-21"), "\"0\"").then().statusCode(200);

        ConsumerRecord<String, String> planned = awaitEvent(pilot, "milestone-changed", "\"change\":\"planned\"");
        ConsumerRecord<String, String> met = awaitEvent(pilot, "milestone-changed", "\"change\":\"met\"");

        assertValid("totalplace.pilots.milestone-changed.v1", planned);
        assertValid("totalplace.pilots.milestone-changed.v1", met);
        assertThat(met.offset()).isGreaterThan(planned.offset());
        JsonNode before = JSON.readTree(planned.value()).path("data");
        assertThat(before.path("milestoneId").asText()).isEqualTo(milestone);
        assertThat(before.path("status").asText()).isEqualTo("PLANNED");
        assertThat(before.path("metOn").isNull()).isTrue();
        assertThat(before.path("phase").asInt()).isEqualTo(2);
        JsonNode after = JSON.readTree(met.value()).path("data");
        assertThat(after.path("status").asText()).isEqualTo("MET");
        assertThat(after.path("metOn").asText()).isEqualTo("2010-01-21");
        assertThat(after.path("dueDate").asText()).isEqualTo("2010-01-22");
        assertThat(after.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldPublishEverySubmissionStateChangeWithWhoAndWhy() throws Exception {
        String pilot = registerPilot();
        String submission = startSubmission(pilot, "BUDGET-2010").path("id");
        writeSection(pilot, submission, "financial-implications", "£3.1m a year saved", "\"0\"").then().statusCode(200);
        writeSection(pilot, submission, "whitehall-changes", "Pool the early-years grants", "\"1\"").then().statusCode(200);
        act(pilot, submission, "submit", "\"2\"").then().statusCode(200);
        giveBack(pilot, submission, Map.of("reason", "Say from which year the savings run"), "\"3\"").then().statusCode(200);

        ConsumerRecord<String, String> started = awaitEvent(pilot, "submission-state-changed", "\"to\":\"DRAFT\"");
        ConsumerRecord<String, String> submitted = awaitEvent(pilot, "submission-state-changed", "\"to\":\"SUBMITTED\"");
        ConsumerRecord<String, String> returned = awaitEvent(pilot, "submission-state-changed", "\"to\":\"RETURNED\"");

        for (ConsumerRecord<String, String> record : List.of(started, submitted, returned)) {
            assertValid("totalplace.pilots.submission-state-changed.v1", record);
        }
        assertThat(started.offset()).isLessThan(submitted.offset());
        assertThat(submitted.offset()).isLessThan(returned.offset());
        JsonNode first = JSON.readTree(started.value()).path("data");
        assertThat(first.path("from").isNull()).isTrue();
        assertThat(first.path("submissionId").asText()).isEqualTo(submission);
        assertThat(first.path("reportingPoint").asText()).isEqualTo("BUDGET-2010");
        assertThat(first.path("by").asText()).isEqualTo("lead@" + pilot.substring(0, 8) + ".example");
        JsonNode last = JSON.readTree(returned.value()).path("data");
        assertThat(last.path("pilotId").asText()).isEqualTo(pilot);
        assertThat(last.path("from").asText()).isEqualTo("SUBMITTED");
        assertThat(last.path("reason").asText()).isEqualTo("Say from which year the savings run");
        assertThat(last.path("by").asText()).isEqualTo("programme.team@clg.example");
        assertThat(last.path("at").asText()).isEqualTo("2010-01-29T09:30:00Z");
        assertThat(last.path("version").asLong()).isEqualTo(4);
    }

    @Test
    void shouldPublishTheNewContentOfAWrittenSection() throws Exception {
        String pilot = registerPilot();
        String submission = startSubmission(pilot, "PBR-2009").path("id");
        writeSection(pilot, submission, "summer-findings", "Counted £7.2bn across 41 public bodies", "\"0\"")
                .then().statusCode(200);

        ConsumerRecord<String, String> written = awaitEvent(pilot, "submission-section-changed", "");

        assertValid("totalplace.pilots.submission-section-changed.v1", written);
        JsonNode data = JSON.readTree(written.value()).path("data");
        assertThat(data.path("submissionId").asText()).isEqualTo(submission);
        assertThat(data.path("reportingPoint").asText()).isEqualTo("PBR-2009");
        assertThat(data.path("section").asText()).isEqualTo("summer-findings");
        assertThat(data.path("content").asText()).isEqualTo("Counted £7.2bn across 41 public bodies");
        assertThat(data.path("state").asText()).isEqualTo("DRAFT");
        assertThat(data.path("version").asLong()).isEqualTo(1);
    }

    // -----------------------------------------------------------------------------------------------

    private ConsumerRecord<String, String> awaitEvent(String pilotId, String kind, String containing) {
        return probe.awaitRecord(r -> pilotId.equals(r.key())
                && r.value().contains("\"type\":\"totalplace.pilots." + kind + ".v1\"")
                && r.value().contains(containing), WITHIN);
    }

    private static void assertValid(String type, ConsumerRecord<String, String> record) {
        EventSchemas.assertValid("pilots-service", type, record.value());
        Header header = record.headers().lastHeader("content-type");
        assertThat(header).as("content-type header").isNotNull();
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo("application/cloudevents+json");
    }
}
