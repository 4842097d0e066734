package org.totalplace.reporting.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.totalplace.reporting.events.Events.DLQ_TOPIC;
import static org.totalplace.reporting.events.Events.GOVERNANCE_TOPIC;
import static org.totalplace.reporting.events.Events.PILOTS_TOPIC;
import static org.totalplace.reporting.events.Events.SPEND_TOPIC;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/**
 * The consumers driven through the real broker: records are produced with a plain KafkaProducer, exactly as the
 * producers' relays send them, and the effect is observed over HTTP (GET /programme), in processed_event and at
 * /q/metrics. Every test uses fresh ids, so tests do not depend on each other or on their order.
 */
@QuarkusTest
class EventConsumptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static EventSender sender;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        sender = EventSender.connect();
    }

    @AfterAll
    static void disconnect() {
        sender.close();
    }

    @Test
    void shouldShowAPilotWithItsGroupsAndExactSpendTotalsKeptLikeWithLike() {
        UUID pilotId = UUID.randomUUID();
        String code = code("lewisham");
        UUID boardId = UUID.randomUUID();
        UUID ministersId = UUID.randomUUID();

        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Lewisham " + code, 1));
        sender.send(GOVERNANCE_TOPIC, boardId, Events.groupCreated(UUID.randomUUID(), boardId, code + "-board",
                "Lewisham Total Place board", "PILOT_BOARD", pilotId));
        sender.send(GOVERNANCE_TOPIC, ministersId, Events.groupCreated(UUID.randomUUID(), ministersId,
                code("ministerial-group"), "Ministerial group", "MINISTERIAL", null));
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "0.10", "GBP",
                "nominal", null));
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "0.20", "GBP",
                "nominal", null));
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "5.00", "GBP",
                "real", "2008-09"));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonPath pilot = pilot(code);
            assertThat(pilot.getList("groups")).hasSize(1);
            assertThat(pilot.getInt("spend.lines.sum()")).isEqualTo(3);
            assertThat(programme().getList("programmeGroups.groupId")).contains(ministersId.toString());
        });

        JsonPath programme = programme();
        Map<String, Object> entry = programme.getMap("pilots.find { it.pilotId == '" + pilotId + "' }");
        assertThat(entry).containsEntry("code", code).containsEntry("region", "London");
        JsonPath pilot = pilot(pilotId.toString());
        assertThat(pilot.getString("name")).isEqualTo("Lewisham " + code);
        assertThat(pilot.getString("groups[0].groupId")).isEqualTo(boardId.toString());
        assertThat(pilot.getString("groups[0].code")).isEqualTo(code + "-board");
        assertThat(pilot.getString("groups[0].kind")).isEqualTo("PILOT_BOARD");
        // 0.10 + 0.20 added in numeric(19,2): exactly 0.30, not 0.30000000000000004; the real-terms line stays apart.
        assertThat(pilot.getList("spend.financialYear")).containsExactly("2009-10", "2009-10");
        assertThat(pilot.getList("spend.priceBasis.kind")).containsExactly("nominal", "real");
        assertThat(pilot.getList("spend.priceBasis.baseYear")).containsExactly(null, "2008-09");
        assertThat(pilot.getList("spend.total.amount")).containsExactly("0.30", "5.00");
        assertThat(pilot.getList("spend.total.currency")).containsExactly("GBP", "GBP");
        assertThat(pilot.getList("spend.lines")).containsExactly(2, 1);
        List<String> names = programme.getList("pilots.name");
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(programme.getList("programmeGroups.groupId")).doesNotContain(boardId.toString());
    }

    @Test
    void shouldAddUpProgrammeTotalsFromAllSpendIncludingUnassigned() {
        UUID pilotId = UUID.randomUUID();
        String code = code("bradford");
        UUID unknownPilot = UUID.randomUUID();
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Bradford " + code, 1));
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2008-09", "1234.56",
                "GBP", "nominal", null));
        sender.send(SPEND_TOPIC, unknownPilot, Events.spendLineRecorded(UUID.randomUUID(), unknownPilot, "2008-09",
                "0.44", "GBP", "nominal", null));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(pilot(code).getList("spend.total.amount")).containsExactly("1234.56");
            assertThat(programme().getList("unassignedSpend.pilotId")).contains(unknownPilot.toString());
        });

        // Expected totals computed here, independently: every pilot's and every unassigned entry, summed per
        // financial year, price basis, base year and currency.
        JsonPath programme = programme();
        Map<String, BigDecimal> expected = new HashMap<>();
        Map<String, Integer> expectedLines = new HashMap<>();
        List<Map<String, Object>> entries = new java.util.ArrayList<>(programme.getList("pilots.spend.flatten()"));
        entries.addAll(programme.getList("unassignedSpend"));
        for (Map<String, Object> e : entries) {
            String key = totalKey(e);
            expected.merge(key, new BigDecimal((String) ((Map<?, ?>) e.get("total")).get("amount")), BigDecimal::add);
            expectedLines.merge(key, (Integer) e.get("lines"), Integer::sum);
        }
        List<Map<String, Object>> totals = programme.getList("totals");
        assertThat(totals).hasSameSizeAs(expected.keySet());
        for (Map<String, Object> t : totals) {
            String amount = (String) ((Map<?, ?>) t.get("total")).get("amount");
            assertThat(new BigDecimal(amount)).as(totalKey(t)).isEqualTo(expected.get(totalKey(t)));
            assertThat(amount).matches("-?[0-9]+\\.[0-9]{2}");
            assertThat(t.get("lines")).as(totalKey(t)).isEqualTo(expectedLines.get(totalKey(t)));
        }
    }

    @Test
    void shouldReportSpendAndGroupsOfAnUnknownPilotAsUnassignedUntilThePilotIsRegistered() {
        UUID pilotId = UUID.randomUUID();
        String code = code("worcestershire");
        UUID boardId = UUID.randomUUID();
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "7.00", "GBP",
                "nominal", null));
        sender.send(GOVERNANCE_TOPIC, boardId, Events.groupCreated(UUID.randomUUID(), boardId, code + "-board",
                "Worcestershire board", "PILOT_BOARD", pilotId));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonPath programme = programme();
            assertThat(programme.getString("unassignedSpend.find { it.pilotId == '" + pilotId + "' }.total.amount"))
                    .isEqualTo("7.00");
            assertThat(programme.getString("unassignedGroups.find { it.pilotId == '" + pilotId + "' }.groupId"))
                    .isEqualTo(boardId.toString());
        });
        given().get("/programme/pilots/{id}", pilotId).then().statusCode(404);

        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Worcestershire", 1));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getList("spend.total.amount"))
                .containsExactly("7.00"));
        JsonPath programme = programme();
        assertThat(programme.getList("unassignedSpend.pilotId")).doesNotContain(pilotId.toString());
        assertThat(programme.getList("unassignedGroups.pilotId")).doesNotContain(pilotId.toString());
        assertThat(pilot(code).getList("groups.groupId")).containsExactly(boardId.toString());
    }

    @Test
    void shouldApplyARedeliveredSpendLineOnlyOnceAndCountTheDuplicate() {
        UUID pilotId = UUID.randomUUID();
        String code = code("coventry");
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Coventry", 1));
        UUID eventId = UUID.randomUUID();
        String line = Events.spendLineRecorded(eventId, pilotId, "2009-10", "0.10", "GBP", "nominal", null);
        sender.send(SPEND_TOPIC, pilotId, line);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getList("spend.lines")).containsExactly(1));
        double duplicatesBefore = Metrics.counter(EventPipeline.DUPLICATES, SpendEventsConsumer.SPEND_LINE_RECORDED);

        sender.send(SPEND_TOPIC, pilotId, line);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                Metrics.counter(EventPipeline.DUPLICATES, SpendEventsConsumer.SPEND_LINE_RECORDED))
                .isEqualTo(duplicatesBefore + 1));
        JsonPath pilot = pilot(code);
        assertThat(pilot.getList("spend.total.amount")).containsExactly("0.10");
        assertThat(pilot.getList("spend.lines")).containsExactly(1);
    }

    @Test
    void shouldSkipARedeliveredPilotEventEvenIfItsDataDiffers() {
        UUID pilotId = UUID.randomUUID();
        String code = code("leicester");
        UUID eventId = UUID.randomUUID();
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(eventId, pilotId, code, "Leicester and Leicestershire", 1));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getString("name"))
                .isEqualTo("Leicester and Leicestershire"));
        double before = Metrics.counter(EventPipeline.DUPLICATES, PilotEventsConsumer.PILOT_REGISTERED);

        // Same id means same event: what it says the second time is not looked at.
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(eventId, pilotId, code, "Leicester", 2));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                Metrics.counter(EventPipeline.DUPLICATES, PilotEventsConsumer.PILOT_REGISTERED)).isEqualTo(before + 1));
        assertThat(pilot(code).getString("name")).isEqualTo("Leicester and Leicestershire");
    }

    @Test
    void shouldNotLetAnOlderPilotVersionOverwriteANewerOne() {
        UUID pilotId = UUID.randomUUID();
        String code = code("luton");
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Luton", 1));
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotUpdated(UUID.randomUUID(), pilotId, code, "Luton and Central Bedfordshire", 3));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getString("name"))
                .isEqualTo("Luton and Central Bedfordshire"));

        UUID olderEvent = UUID.randomUUID();
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotUpdated(olderEvent, pilotId, code, "Luton (version 2)", 2));

        await().atMost(TIMEOUT).until(() -> processed(olderEvent));
        assertThat(pilot(code).getString("name")).isEqualTo("Luton and Central Bedfordshire");
    }

    @Test
    void shouldDeadLetterARecordThatIsNotJsonAndApplyTheNextOneOnThePartition() {
        UUID pilotId = UUID.randomUUID();
        String code = code("croydon");
        double rejectedBefore = Metrics.counter(EventPipeline.REJECTED, null);

        RecordMetadata poison = sender.send(PILOTS_TOPIC, pilotId, "pilot registered: Croydon");
        RecordMetadata valid = sender.send(PILOTS_TOPIC, pilotId,
                Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Croydon", 1));
        assertThat(valid.partition()).isEqualTo(poison.partition());

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getString("name")).isEqualTo("Croydon"));
        try (TopicProbe dlq = TopicProbe.forTopic(EventSender.bootstrapServers(), DLQ_TOPIC)) {
            ConsumerRecord<String, String> dead = dlq.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            assertThat(dead.value()).isEqualTo("pilot registered: Croydon");
            assertThat(header(dead, "dead-letter-reason")).contains("not JSON");
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(PILOTS_TOPIC);
            assertThat(header(dead, "dead-letter-offset")).isEqualTo(Long.toString(poison.offset()));
        }
        assertThat(Metrics.counter(EventPipeline.REJECTED, null)).isGreaterThanOrEqualTo(rejectedBefore + 1);
    }

    @Test
    void shouldDeadLetterASpendLineWithABadAmountAndKeepCountingThatPilot() throws SQLException {
        UUID pilotId = UUID.randomUUID();
        String code = code("kent");
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Kent", 1));
        UUID poisonId = UUID.randomUUID();
        UUID spendLineId = UUID.randomUUID();
        String poison = Events.envelope("/spend-service", SpendEventsConsumer.SPEND_LINE_RECORDED, poisonId, spendLineId,
                Events.spendData(spendLineId, pilotId, "2009-10", "0.105", "GBP", "nominal", null));
        // The poison really is outside the producer's contract.
        assertThat(EventSchemas.validate("spend-service", SpendEventsConsumer.SPEND_LINE_RECORDED, poison)).isNotEmpty();

        sender.send(SPEND_TOPIC, pilotId, poison);
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "12.34", "GBP",
                "nominal", null));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getList("spend.total.amount"))
                .containsExactly("12.34"));
        try (TopicProbe dlq = TopicProbe.forTopic(EventSender.bootstrapServers(), DLQ_TOPIC)) {
            ConsumerRecord<String, String> dead = dlq.awaitRecord(r -> pilotId.toString().equals(r.key()), TIMEOUT);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, "dead-letter-reason")).contains("data.amount").contains("decimal places");
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(SPEND_TOPIC);
        }
        assertThat(processed(poisonId)).isFalse();
    }

    @Test
    void shouldRecordAndIgnoreAnEventOfATypeItDoesNotKnow() throws SQLException {
        UUID pilotId = UUID.randomUUID();
        String code = code("swindon");
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegistered(UUID.randomUUID(), pilotId, code, "Swindon", 1));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getString("name")).isEqualTo("Swindon"));
        String futureType = "totalplace.pilots.pilot-retired.v1";
        double ignoredBefore = Metrics.counter(EventPipeline.IGNORED, futureType);
        UUID eventId = UUID.randomUUID();
        // No producer publishes this type (yet), so there is no schema to check it against.
        String future = Events.envelope("/pilots-service", futureType, eventId, pilotId,
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("pilotId", pilotId.toString()).put("name", "Retired"));

        sender.send(PILOTS_TOPIC, pilotId, future);
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotUpdated(UUID.randomUUID(), pilotId, code, "Swindon and Wiltshire", 2));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(pilot(code).getString("name"))
                .isEqualTo("Swindon and Wiltshire"));
        assertThat(processed(eventId)).isTrue();
        assertThat(Metrics.counter(EventPipeline.IGNORED, futureType)).isEqualTo(ignoredBefore + 1);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath programme() {
        return given().accept("application/json").get("/programme").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath pilot(String idOrCode) {
        return given().accept("application/json").get("/programme/pilots/{id}", idOrCode)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String totalKey(Map<String, Object> entry) {
        Map<?, ?> basis = (Map<?, ?>) entry.get("priceBasis");
        return entry.get("financialYear") + "|" + basis.get("kind") + "|" + basis.get("baseYear") + "|"
                + ((Map<?, ?>) entry.get("total")).get("currency");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean processed(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
