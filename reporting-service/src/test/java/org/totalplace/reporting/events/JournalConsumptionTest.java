package org.totalplace.reporting.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.totalplace.reporting.domain.state.JournalSamples.at;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.JournalSamples;
import org.totalplace.reporting.domain.state.JournalSamples.Sample;
import org.totalplace.reporting.domain.state.JournalTypes;
import org.totalplace.reporting.service.ProgrammeStates;

/**
 * The journal fed through the real broker: sample events of every journaled type (checked against their
 * producers' schemas) are produced with a plain KafkaProducer and observed in journal_event and in
 * GET /programme-state. Every test uses fresh ids and reads only what it sent.
 */
@QuarkusTest
class JournalConsumptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    /** Later than every sample event: the whole journal, without depending on the clock. */
    private static final String END = "2030-01-01T00:00:00Z";

    private static EventSender sender;

    @Inject
    DataSource dataSource;

    @Inject
    ProgrammeStates states;

    @BeforeAll
    static void connect() {
        sender = EventSender.connect();
    }

    @AfterAll
    static void disconnect() {
        sender.close();
    }

    @Test
    void shouldJournalEveryTypeInItsTransactionAndFoldItIntoTheState() throws SQLException {
        UUID pilotId = UUID.randomUUID();
        String code = code("lewisham");
        UUID barrierId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID submissionId = UUID.randomUUID();
        UUID expressionId = UUID.randomUUID();
        List<Sample> samples = List.of(
                JournalSamples.pilotRegistered(pilotId, code, "Lewisham", 1, at("2009-04-01T09:00:00Z")),
                JournalSamples.pilotUpdated(pilotId, code, "Lewisham partnership", 2, at("2009-04-02T09:00:00Z")),
                JournalSamples.pilotPhaseChanged(pilotId, code, 1, 2, 3, at("2009-10-01T09:00:00Z")),
                JournalSamples.submissionStateChanged(pilotId, submissionId, null, "DRAFT", null, 0,
                        at("2010-01-05T09:00:00Z")),
                JournalSamples.submissionSectionChanged(pilotId, submissionId, "key-asks", "Pool the grants", "DRAFT",
                        1, at("2010-01-06T09:00:00Z")),
                JournalSamples.milestoneChanged(pilotId, UUID.randomUUID(), "met", "Final report", "MET",
                        "2010-02-04", 1, at("2010-02-04T17:00:00Z")),
                JournalSamples.expressionReceived(expressionId, "Wigan " + code, "Wigan Council", 0,
                        at("2010-03-01T09:00:00Z")),
                JournalSamples.expressionUpdated(expressionId, "Wigan " + code, "Wigan MBC", "RECEIVED", 1,
                        at("2010-03-02T09:00:00Z")),
                JournalSamples.expressionStatusChanged(expressionId, "Wigan " + code, "RECEIVED", "UNDER_REVIEW",
                        null, 2, at("2010-03-03T09:00:00Z")),
                JournalSamples.barrierRaised(pilotId, barrierId, "Ring-fenced grants", at("2009-10-01T09:00:00Z")),
                JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                        at("2009-10-15T09:00:00Z")),
                JournalSamples.decisionRecorded(decisionId, UUID.randomUUID(), barrierId, "Pool the grants",
                        at("2010-01-20T15:00:00Z")),
                JournalSamples.barrierResolved(pilotId, barrierId, "GOVERNMENT_OFFICE", "Agreed",
                        "Grant conditions relaxed", decisionId, at("2010-01-20T16:00:00Z")),
                JournalSamples.barrierRaised(pilotId, UUID.randomUUID(), "Data sharing", at("2009-10-02T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, code, "2008-09", 1, 261_600L, "2200000000.00",
                        "2100000000.00", at("2009-07-01T09:00:00Z")),
                JournalSamples.bodySubmissionStateChanged(pilotId, UUID.randomUUID(), "MODERATED", "ACCEPTED",
                        "1234567.89", 4, at("2009-07-03T09:00:00Z")),
                JournalSamples.proposalChanged(pilotId, UUID.randomUUID(), "proposed", "Early years hub",
                        "1500000.00", 0, at("2010-01-10T09:00:00Z")),
                JournalSamples.adjustmentRecorded(pilotId, UUID.randomUUID(), "-2500.50", 0,
                        at("2009-08-01T09:00:00Z")));
        assertThat(samples).extracting(sample -> sample.event().type()).containsAll(
                JournalTypes.ALL.stream().filter(type -> !type.contains("barrier-declined")
                        && !type.contains("adjustment-withdrawn")).toList());

        samples.forEach(this::send);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(journaled(samples)).isEqualTo(samples.size()));
        awaitFolded(samples);
        JsonPath state = state(END);
        assertThat(state.getString(pilot(pilotId) + ".name")).isEqualTo("Lewisham partnership");
        assertThat(state.getInt(pilot(pilotId) + ".phase")).isEqualTo(2);
        assertThat(state.getString(item("barriers", "barrierId", barrierId) + ".status")).isEqualTo("RESOLVED");
        assertThat(state.getString(item("barriers", "barrierId", barrierId) + ".whitehallChange"))
                .isEqualTo("Grant conditions relaxed");
        assertThat(state.getList(item("barriers", "barrierId", barrierId) + ".escalations.toTier"))
                .containsExactly("GOVERNMENT_OFFICE");
        // by time raised: the resolved one first
        assertThat(state.getList("barriers.findAll { it.pilotId == '" + pilotId + "' }.status"))
                .containsExactly("RESOLVED", "OPEN");
        assertThat(state.getString(item("decisions", "decisionId", decisionId) + ".text")).isEqualTo("Pool the grants");
        assertThat(state.getString(item("submissions", "submissionId", submissionId) + ".sections.'key-asks'"))
                .isEqualTo("Pool the grants");
        assertThat(state.getString(item("expressions", "expressionOfInterestId", expressionId) + ".leadBody"))
                .isEqualTo("Wigan MBC");
        assertThat(state.getString(item("expressions", "expressionOfInterestId", expressionId) + ".status"))
                .isEqualTo("UNDER_REVIEW");
        // Exact decimals, as strings
        assertThat(state.getList(item("counts", "pilotId", pilotId) + ".methods.counted"))
                .containsExactly("2200000000.00", "2100000000.00");
        assertThat(state.getString(item("bodySubmissions", "pilotId", pilotId) + ".acceptedTotal"))
                .isEqualTo("1234567.89");
        assertThat(state.getString(item("adjustments", "pilotId", pilotId) + ".amount")).isEqualTo("-2500.50");
        assertThat(state.getString(item("proposals", "pilotId", pilotId) + ".scenarios.central.npv"))
                .isEqualTo("490000.00");
        assertThat(state.getList("milestones.findAll { it.pilotId == '" + pilotId + "' }.status"))
                .containsExactly("MET");

        Map<String, Object> row = journalRow(samples.get(0).event().id());
        assertThat(row).containsEntry("type", JournalTypes.PILOT_REGISTERED)
                .containsEntry("source", "/pilots-service")
                .containsEntry("subject", pilotId.toString())
                .containsEntry("pilot_id", pilotId)
                .containsEntry("event_time", Instant.parse("2009-04-01T09:00:00Z"));
        assertThat(journalRow(samples.get(6).event().id())).containsEntry("pilot_id", null);
        // The read model the existing reports use is still kept.
        given().accept("application/json").get("/programme/pilots/{code}", code).then().statusCode(200);
    }

    @Test
    void shouldGiveTheOldStateBeforeAChangeAndTheNewStateAfterIt() {
        UUID pilotId = UUID.randomUUID();
        UUID barrierId = UUID.randomUUID();
        Sample raised = JournalSamples.barrierRaised(pilotId, barrierId, "Performance regime",
                at("2010-01-10T09:00:00Z"));
        Sample escalated = JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", true,
                at("2010-02-05T10:00:00Z"));
        Sample declined = JournalSamples.barrierDeclined(pilotId, barrierId, "GOVERNMENT_OFFICE", "Not a barrier",
                at("2010-02-06T10:00:00Z"));
        List.of(raised, escalated, declined).forEach(this::send);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(journaled(List.of(raised, escalated, declined)))
                .isEqualTo(3));
        awaitFolded(List.of(raised, escalated, declined));
        String barrier = item("barriers", "barrierId", barrierId);

        assertThat(state("2010-01-09").getMap(barrier)).isNull();
        JsonPath before = state("2010-02-05T09:59:59Z");
        assertThat(before.getString(barrier + ".tier")).isEqualTo("PILOT");
        assertThat(before.getString(barrier + ".status")).isEqualTo("OPEN");
        JsonPath endOfDay = state("2010-02-05");
        assertThat(endOfDay.getString("asOf")).isEqualTo("2010-02-05T23:59:59.999999999Z");
        assertThat(endOfDay.getString(barrier + ".tier")).isEqualTo("GOVERNMENT_OFFICE");
        assertThat(endOfDay.getString(barrier + ".status")).isEqualTo("OPEN");
        JsonPath after = state(END);
        assertThat(after.getString(barrier + ".status")).isEqualTo("DECLINED");
        assertThat(after.getString(barrier + ".decision")).isEqualTo("Not a barrier");

        List<JournalEvent> window = states.between(at("2010-02-05T00:00:00Z"), at("2010-02-06T10:00:00Z"));
        assertThat(window).extracting(JournalEvent::id).contains(escalated.event().id(), declined.event().id())
                .doesNotContain(raised.event().id());
        assertThat(window).isSortedAccordingTo(org.totalplace.reporting.domain.state.ProgrammeStateFold.ORDER);
    }

    @Test
    void shouldChangeNothingWhenAnEventIsDeliveredTwice() throws SQLException {
        UUID pilotId = UUID.randomUUID();
        UUID barrierId = UUID.randomUUID();
        Sample raised = JournalSamples.barrierRaised(pilotId, barrierId, "Culture", at("2009-11-01T09:00:00Z"));
        Sample escalated = JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                at("2009-11-02T09:00:00Z"));
        send(raised);
        send(escalated);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(journaled(List.of(raised, escalated))).isEqualTo(2));
        awaitFolded(List.of(raised, escalated));
        String before = stateJson(END);
        double duplicatesBefore = Metrics.counter(EventPipeline.DUPLICATES, JournalTypes.BARRIER_ESCALATED);

        send(escalated);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                Metrics.counter(EventPipeline.DUPLICATES, JournalTypes.BARRIER_ESCALATED))
                .isEqualTo(duplicatesBefore + 1));
        assertThat(journaled(List.of(escalated))).isEqualTo(1);
        assertThat(state(END).getList(item("barriers", "barrierId", barrierId) + ".escalations")).hasSize(1);
        assertThat(stateJson(END)).isEqualTo(before);
    }

    @Test
    void shouldDeadLetterAJournaledTypeWhoseDataTheFoldCannotReadAndJournalNothing() throws SQLException {
        UUID pilotId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        com.fasterxml.jackson.databind.node.ObjectNode data = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("barrierId", "not-a-uuid").put("pilotId", pilotId.toString());
        String poison = Events.envelope("/governance-service", JournalTypes.BARRIER_RAISED, eventId, pilotId, data);
        Sample next = JournalSamples.barrierRaised(pilotId, UUID.randomUUID(), "Next one", at("2009-12-01T09:00:00Z"));

        sender.send(JournalSamples.GOVERNANCE_TOPIC, pilotId, poison);
        send(next);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(journaled(List.of(next))).isEqualTo(1));
        assertThat(journalRow(eventId)).isNull();
    }

    @Test
    void shouldRebuildFromTheTopicsToAnEqualState() {
        UUID pilotId = UUID.randomUUID();
        String code = code("bradford");
        UUID barrierId = UUID.randomUUID();
        UUID adjustmentId = UUID.randomUUID();
        Sample registered = JournalSamples.pilotRegistered(pilotId, code, "Bradford", 1, at("2009-04-01T09:00:00Z"));
        List<Sample> samples = List.of(registered,
                JournalSamples.barrierRaised(pilotId, barrierId, "Pooled budgets", at("2009-10-01T09:00:00Z")),
                JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                        at("2009-10-15T09:00:00Z")),
                JournalSamples.adjustmentRecorded(pilotId, adjustmentId, "100.00", 0, at("2009-08-01T09:00:00Z")),
                JournalSamples.adjustmentWithdrawn(pilotId, adjustmentId, "100.00", 1, at("2009-08-01T09:00:00Z"),
                        at("2009-08-02T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, code, "2008-09", 1, 500_000L, "10.00", "9.00",
                        at("2009-07-01T09:00:00Z")));
        samples.forEach(this::send);
        send(registered); // a redelivery: kept once, by the consumer and by the rebuild
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(journaled(samples)).isEqualTo(samples.size()));
        String before = settledState();

        JsonPath rebuilt = given().accept("application/json").post("/journal/rebuild")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(rebuilt.getList("topics.topic")).containsExactly(JournalSamples.PILOTS_TOPIC,
                JournalSamples.GOVERNANCE_TOPIC, JournalSamples.SPEND_TOPIC);
        assertThat(rebuilt.getInt("journaled")).isGreaterThanOrEqualTo(samples.size());
        assertThat(rebuilt.getInt("duplicates")).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> topics = rebuilt.getList("topics");
        for (Map<String, Object> topic : topics) {
            assertThat((Integer) topic.get("records")).as(topic.get("topic").toString())
                    .isEqualTo((Integer) topic.get("journaled") + (Integer) topic.get("skipped"));
        }
        assertThat(stateJson(END)).isEqualTo(before);
        assertThat(state(END).getString(item("adjustments", "adjustmentId", adjustmentId) + ".withdrawn"))
                .isEqualTo("true");
    }

    // -----------------------------------------------------------------------------------------------

    /** The state once consumption has caught up: two reads a moment apart agree. */
    private static String settledState() {
        String[] last = {stateJson(END)};
        await().atMost(TIMEOUT).pollDelay(Duration.ofMillis(500)).until(() -> {
            String now = stateJson(END);
            boolean settled = now.equals(last[0]);
            last[0] = now;
            return settled;
        });
        return last[0];
    }

    /**
     * Until the state source has folded the samples: the cache is invalidated just after the commit that made the
     * rows visible, so a read in between may still see the fold from before.
     */
    private void awaitFolded(List<Sample> samples) {
        List<UUID> ids = samples.stream().map(sample -> sample.event().id()).toList();
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                states.between(Instant.EPOCH, Instant.parse(END)).stream().map(JournalEvent::id).toList())
                .containsAll(ids));
    }

    private void send(Sample sample) {
        sender.send(sample.topic(), sample.key(), sample.json());
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String pilot(UUID pilotId) {
        return item("pilots", "pilotId", pilotId);
    }

    private static String item(String list, String idField, UUID id) {
        return list + ".find { it." + idField + " == '" + id + "' }";
    }

    private static JsonPath state(String asOf) {
        return given().accept("application/json").queryParam("asOf", asOf).get("/programme-state")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static String stateJson(String asOf) {
        return given().accept("application/json").queryParam("asOf", asOf).get("/programme-state")
                .then().statusCode(200).extract().asString();
    }

    private long journaled(List<Sample> samples) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from journal_event where event_id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", samples.stream().map(sample -> sample.event().id()).toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Map<String, Object> journalRow(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select type, source, subject, pilot_id, event_time from journal_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("type", r.getString(1));
                row.put("source", r.getString(2));
                row.put("subject", r.getString(3));
                row.put("pilot_id", r.getObject(4, UUID.class));
                row.put("event_time", r.getObject(5, OffsetDateTime.class).toInstant());
                return row;
            }
        }
    }
}
