package org.totalplace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ServiceSpec;
import org.totalplace.launcher.Topics;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Changes made through the producers' APIs reach reporting-service's read model through the real broker:
 * exactly once, also when the broker is down for a while, when events are published twice, and when the
 * consumer is killed mid-stream.
 */
class EventFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void shouldShowPilotGroupAndSpendLineInTheProgrammeSummary() {
        String pilotId = registerPilot("e2e-summary");
        String groupId = given().contentType(ContentType.JSON).body(Map.of(
                        "code", "e2e-summary-board", "name", "E2E partnership board", "kind", "PILOT_BOARD",
                        "pilotId", pilotId, "chair", "Chief executive", "cadence", "MONTHLY"))
                .post(url(ServiceSpec.GOVERNANCE) + "/groups")
                .then().statusCode(201).extract().path("id");
        recordSpend(pilotId, "1234567.89");

        JsonPath pilot = awaitPilotInProgramme(pilotId, p -> !p.getList("groups").isEmpty() && !p.getList("spend").isEmpty());

        assertThat(pilot.getString("code")).isEqualTo("e2e-summary");
        assertThat(pilot.getString("groups[0].groupId")).isEqualTo(groupId);
        assertThat(pilot.getString("spend[0].total.amount")).isEqualTo("1234567.89");
        assertThat(pilot.getString("spend[0].total.currency")).isEqualTo("GBP");
        assertThat(pilot.getInt("spend[0].lines")).isEqualTo(1);
    }

    @Test
    void shouldPublishEventsThatMatchTheProducersPublishedSchemas() {
        String pilotId = registerPilot("e2e-schemas");
        String groupId = given().contentType(ContentType.JSON).body(Map.of(
                        "code", "e2e-schemas-board", "name", "Schema board", "kind", "PILOT_BOARD", "pilotId", pilotId))
                .post(url(ServiceSpec.GOVERNANCE) + "/groups")
                .then().statusCode(201).extract().path("id");
        recordSpend(pilotId, "10.00");
        String bootstrap = system.stack().broker().bootstrapServers();

        assertEventOnTopic(bootstrap, Topics.PILOTS, pilotId, "pilots-service", "totalplace.pilots.pilot-registered.v1");
        assertEventOnTopic(bootstrap, Topics.GOVERNANCE, groupId, "governance-service", "totalplace.governance.group-created.v1");
        assertEventOnTopic(bootstrap, Topics.SPEND, pilotId, "spend-service", "totalplace.spend.spend-line-recorded.v1");
    }

    @Test
    void shouldDeliverEveryChangeMadeWhileTheBrokerWasDownExactlyOnce() {
        String pilotId = registerPilot("e2e-broker-down");
        awaitPilotInProgramme(pilotId, p -> true);

        system.stack().broker().stop();
        int changes = 12;
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= changes; i++) {
            String amount = i + "." + String.format("%02d", i);
            recordSpend(pilotId, amount);
            expected = expected.add(new BigDecimal(amount));
        }
        system.stack().broker().start();

        String total = expected.toPlainString();
        JsonPath pilot = awaitPilotInProgramme(pilotId, p -> p.getInt("spend.size()") == 1
                && total.equals(p.getString("spend[0].total.amount")));
        assertThat(pilot.getInt("spend[0].lines")).isEqualTo(changes);
    }

    @Test
    void shouldNotApplyTheSameEventTwiceWhenTheRelayPublishesItAgain() throws Exception {
        String pilotId = registerPilot("e2e-twice");
        recordSpend(pilotId, "100.01");
        recordSpend(pilotId, "200.02");
        awaitPilotInProgramme(pilotId, p -> p.getInt("spend.size()") == 1 && p.getInt("spend[0].lines") == 2);
        double duplicatesBefore = duplicatesSeenByReporting();

        int republished;
        try (Connection spend = system.database(ServiceSpec.SPEND); Statement st = spend.createStatement()) {
            republished = st.executeUpdate("update outbox_event set sent_at = null where aggregate_id = '" + pilotId + "'");
        }
        assertThat(republished).isEqualTo(2);

        await().atMost(PATIENCE).until(() -> duplicatesSeenByReporting() >= duplicatesBefore + republished);
        JsonPath pilot = programmePilot(pilotId);
        assertThat(pilot.getString("spend[0].total.amount")).isEqualTo("300.03");
        assertThat(pilot.getInt("spend[0].lines")).isEqualTo(2);
    }

    @Test
    void shouldSkipNoEventWhenTheReportingServiceIsKilledMidStream() {
        String pilotId = registerPilot("e2e-restart");
        recordSpend(pilotId, "1.00");
        awaitPilotInProgramme(pilotId, p -> p.getInt("spend.size()") == 1);

        var reporting = system.stack().service(ServiceSpec.REPORTING);
        reporting.kill();
        for (int i = 0; i < 20; i++) {
            recordSpend(pilotId, "2.50");
        }
        reporting.start().awaitReady();

        JsonPath pilot = awaitPilotInProgramme(pilotId, p -> "51.00".equals(p.getString("spend[0].total.amount")));
        assertThat(pilot.getInt("spend[0].lines")).isEqualTo(21);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String url(ServiceSpec spec) {
        return system.url(spec);
    }

    private static String registerPilot(String code) {
        return given().contentType(ContentType.JSON).body(Map.of(
                        "code", code, "name", "Pilot " + code, "region", "North East", "place", code,
                        "councilType", "Unitary", "theme", "End-to-end testing", "aliases", List.of()))
                .post(url(ServiceSpec.PILOTS) + "/pilots")
                .then().statusCode(201).extract().path("id");
    }

    private static void recordSpend(String pilotId, String amount) {
        given().contentType(ContentType.JSON).body(Map.of(
                        "pilotId", pilotId, "body", "Gateshead Council", "financialYear", "2009-10",
                        "amount", Map.of("amount", amount, "currency", "GBP"),
                        "priceBasis", Map.of("kind", "nominal"), "method", "bottom-up",
                        "description", "e2e line " + UUID.randomUUID()))
                .post(url(ServiceSpec.SPEND) + "/spend-lines")
                .then().statusCode(201);
    }

    private static JsonPath programmePilot(String pilotId) {
        return given().get(url(ServiceSpec.REPORTING) + "/programme/pilots/" + pilotId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitPilotInProgramme(String pilotId, java.util.function.Predicate<JsonPath> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            var response = given().get(url(ServiceSpec.REPORTING) + "/programme/pilots/" + pilotId);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, p -> p != null && condition.test(p));
    }

    private static double duplicatesSeenByReporting() {
        String metrics = given().get(url(ServiceSpec.REPORTING) + "/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("totalplace_events_duplicates_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void assertEventOnTopic(String bootstrap, String topic, String key, String producer, String type) {
        try (TopicProbe probe = TopicProbe.forTopic(bootstrap, topic)) {
            ConsumerRecord<String, String> record = probe.awaitRecord(
                    r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""), PATIENCE);
            EventSchemas.assertValid(producer, type, record.value());
        }
    }
}
