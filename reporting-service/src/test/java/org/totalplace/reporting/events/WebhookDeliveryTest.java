package org.totalplace.reporting.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.awaitility.Awaitility.await;
import static org.totalplace.reporting.events.Events.PILOTS_TOPIC;
import static org.totalplace.reporting.events.Events.SPEND_TOPIC;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Government Office webhooks end to end: events are produced to the real broker as the producers' relays send
 * them, reporting consumes them and queues deliveries in the consumer's transaction, and the dispatcher POSTs them
 * to receivers running in this test (JDK HttpServer). The test profile's backoff is 400 ms doubling to 3 s, 4
 * attempts, a 2 s request timeout (application.properties, %test). Subscriptions list this test's own pilots or
 * use regions no other test's pilots are in, and are deactivated afterwards, so other tests' events never reach
 * them.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static final String SPEND_LINE = SpendEventsConsumer.SPEND_LINE_RECORDED;
    private static EventSender sender;

    @Inject
    DataSource dataSource;

    private final List<TestReceiver> receivers = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void connect() {
        sender = EventSender.connect();
    }

    @AfterAll
    static void disconnect() {
        sender.close();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (String id : subscriptions) {
            given().delete("/webhook-subscriptions/{id}", id).then().statusCode(200);
        }
        for (TestReceiver receiver : receivers) {
            receiver.close();
        }
    }

    @Test
    void shouldPostTheEventAsASignedCloudEventToTheRegionsSubscriber() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy());
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(SPEND_LINE), List.of(pilotId));
        String secret = subscription.getString("secret");
        UUID eventId = UUID.randomUUID();
        String envelope = Events.spendLineRecorded(eventId, pilotId, "2009-10", "125.50", "GBP", "nominal", null);
        double deliveredBefore = Metrics.counter(WebhookDispatcher.DELIVERED, null);

        sender.send(SPEND_TOPIC, pilotId, envelope);

        await().atMost(TIMEOUT).until(() -> receiver.received().size() == 1);
        TestReceiver.Received delivery = receiver.received().get(0);
        assertThat(delivery.header("content-type")).isEqualTo("application/cloudevents+json");
        assertThat(delivery.body()).isEqualTo(envelope);
        assertThat(Instant.ofEpochSecond(Long.parseLong(delivery.header("webhook-timestamp"))))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(ReceiverVerification.verifies(secret, delivery, Instant.now())).isTrue();
        assertThat(ReceiverVerification.verifies(ReceiverVerification.someOtherSecret(), delivery, Instant.now()))
                .isFalse();
        // a body changed on the way no longer verifies
        TestReceiver.Received tampered = new TestReceiver.Received(delivery.at(), delivery.headers(),
                delivery.body().replace("125.50", "925.50"));
        assertThat(ReceiverVerification.verifies(secret, tampered, Instant.now())).isFalse();

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonPath log = deliveries(subscription.getString("id"));
            assertThat(log.getInt("total")).isEqualTo(1);
            assertThat(log.getString("items[0].id")).isEqualTo(delivery.header("webhook-id"));
            assertThat(log.getString("items[0].eventId")).isEqualTo(eventId.toString());
            assertThat(log.getString("items[0].pilotId")).isEqualTo(pilotId.toString());
            assertThat(log.getString("items[0].status")).isEqualTo("delivered");
            assertThat(log.getList("items[0].attemptLog.statusCode")).containsExactly(204);
        });
        assertThat(Metrics.counter(WebhookDispatcher.DELIVERED, null)).isGreaterThanOrEqualTo(deliveredBefore + 1);
    }

    @Test
    void shouldDeliverATypeReportingHasNoOtherUseFor() throws Exception {
        // partner-body-joined feeds no read model and no journal entry; subscribers get it all the same
        String joined = "totalplace.pilots.partner-body-joined.v1";
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy());
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(joined), List.of(pilotId));
        UUID eventId = UUID.randomUUID();
        String envelope = Events.governmentOfficeJoined(eventId, pilotId, "wh-" + pilotId.toString().substring(0, 8));

        sender.send(PILOTS_TOPIC, pilotId, envelope);

        await().atMost(TIMEOUT).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).body()).isEqualTo(envelope);
        assertThat(ReceiverVerification.verifies(subscription.getString("secret"), receiver.received().get(0),
                Instant.now())).isTrue();
        assertThat(deliveries(subscription.getString("id")).getString("items[0].eventType")).isEqualTo(joined);
    }

    @Test
    void shouldRetryWithGrowingPausesUntilTheReceiverAnswers2xx() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy(503, 503));
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(SPEND_LINE), List.of(pilotId));
        double failedAttemptsBefore = Metrics.counter(WebhookDispatcher.ATTEMPTS_FAILED, null);

        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "1.00",
                "GBP", "nominal", null));

        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(deliveries(subscription.getString("id")).getString("items[0].status"))
                        .isEqualTo("delivered"));
        JsonPath log = deliveries(subscription.getString("id"));
        assertThat(log.getList("items[0].attemptLog.statusCode")).containsExactly(503, 503, 204);
        assertThat(log.getList("items[0].attemptLog.attempt")).containsExactly(1, 2, 3);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(3);
        List<Instant> started = log.getList("items[0].attemptLog.startedAt", String.class).stream()
                .map(Instant::parse).toList();
        Duration firstPause = Duration.between(started.get(0), started.get(1));
        Duration secondPause = Duration.between(started.get(1), started.get(2));
        // 400 ms then 800 ms, each up to 20% shorter: at least 320 ms, and the second longer than the first
        assertThat(firstPause).isGreaterThanOrEqualTo(Duration.ofMillis(320));
        assertThat(secondPause).isGreaterThan(firstPause);
        assertThat(receiver.received()).hasSize(3);
        assertThat(Metrics.counter(WebhookDispatcher.ATTEMPTS_FAILED, null))
                .isGreaterThanOrEqualTo(failedAttemptsBefore + 2);
        // one delivery, so one id for every attempt
        assertThat(receiver.received()).extracting(r -> r.header("webhook-id")).containsOnly(
                log.getString("items[0].id"));
    }

    @Test
    void shouldKeepConsumingAndServingOtherSubscribersWhileOneReceiverHangs() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver hanging = receiver(TestReceiver.hanging());
        TestReceiver healthy = receiver(TestReceiver.healthy());
        JsonPath stuck = subscribe("North East", hanging.url(), List.of(SPEND_LINE), List.of(pilotId));
        subscribe("North East", healthy.url(), List.of(SPEND_LINE), List.of(pilotId));
        List<UUID> eventIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            eventIds.add(UUID.randomUUID());
        }

        // Sent one by one against a receiver that holds each request until the 2 s timeout: were deliveries sent
        // in turn, or were consumers waiting on them, six events would take at least 12 s to get through.
        Instant start = Instant.now();
        for (UUID eventId : eventIds) {
            sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(eventId, pilotId, "2009-10", "2.00", "GBP",
                    "nominal", null));
        }
        await().atMost(TIMEOUT).until(() -> eventIds.stream().allMatch(this::processed));
        Duration consumed = Duration.between(start, Instant.now());
        await().atMost(TIMEOUT).until(() -> healthy.received().size() == eventIds.size());
        Duration served = Duration.between(start, Instant.now());

        assertThat(consumed).isLessThan(Duration.ofSeconds(5));
        assertThat(served).isLessThan(Duration.ofSeconds(5));
        // the hanging receiver really held requests, and its attempts end in timeouts, retried later
        assertThat(hanging.connectionsHeld()).isGreaterThanOrEqualTo(1);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                deliveries(stuck.getString("id")).getList("items.attemptLog.error.flatten()", String.class))
                .anyMatch(error -> error != null && error.startsWith("timed out")));
    }

    @Test
    void shouldRedeliverAFailedDeliveryByHandKeepingItsAttempts() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy());
        receiver.answerFromNowOn(500);
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(SPEND_LINE), List.of(pilotId));
        double failedBefore = Metrics.counter(WebhookDispatcher.FAILED, null);

        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "3.00",
                "GBP", "nominal", null));

        // 4 attempts (test profile), then failed
        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(deliveries(subscription.getString("id")).getString("items[0].status")).isEqualTo("failed"));
        JsonPath failed = deliveries(subscription.getString("id"));
        assertThat(failed.getList("items[0].attemptLog.statusCode")).containsExactly(500, 500, 500, 500);
        assertThat(failed.getString("items[0].lastError")).isEqualTo("receiver answered 500");
        assertThat(Metrics.counter(WebhookDispatcher.FAILED, null)).isGreaterThanOrEqualTo(failedBefore + 1);

        receiver.recover();
        String deliveryId = failed.getString("items[0].id");
        given().post("/webhook-deliveries/{id}/redeliveries", deliveryId)
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .body("attemptLog", hasSize(4));

        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(deliveries(subscription.getString("id")).getString("items[0].status"))
                        .isEqualTo("delivered"));
        JsonPath redelivered = deliveries(subscription.getString("id"));
        assertThat(redelivered.getList("items[0].attemptLog.statusCode")).containsExactly(500, 500, 500, 500, 204);
        assertThat(redelivered.getList("items[0].attemptLog.attempt")).containsExactly(1, 2, 3, 4, 5);
        assertThat(redelivered.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(receiver.received()).hasSize(5);
        // an unknown delivery is 404
        given().post("/webhook-deliveries/{id}/redeliveries", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldDeliverOnlyTheSubscribedTypesAboutPilotsOfTheRegion() throws Exception {
        TestReceiver receiver = receiver(TestReceiver.healthy());
        // the whole region, no pilot list: spend lines of South West pilots only
        JsonPath subscription = subscribe("South West", receiver.url(), List.of(SPEND_LINE), List.of());
        UUID otherType = UUID.randomUUID();
        UUID southWest = registerPilot("South West", otherType);
        UUID northEast = registerPilot("North East");
        UUID outOfRegion = UUID.randomUUID();
        UUID inRegion = UUID.randomUUID();

        sender.send(SPEND_TOPIC, northEast, Events.spendLineRecorded(outOfRegion, northEast, "2009-10", "4.00", "GBP",
                "nominal", null));
        sender.send(SPEND_TOPIC, southWest, Events.spendLineRecorded(inRegion, southWest, "2009-10", "5.00", "GBP",
                "nominal", null));

        // once an event is processed its deliveries are queued (same transaction): nothing more can appear later
        await().atMost(TIMEOUT).until(() -> processed(outOfRegion) && processed(inRegion) && processed(otherType));
        await().atMost(TIMEOUT).until(() -> receiver.received().size() == 1);
        JsonPath log = deliveries(subscription.getString("id"));
        // not the North East pilot's spend line, not the South West pilot's registration (a type not subscribed)
        assertThat(log.getList("items.eventId")).containsExactly(inRegion.toString());
        assertThat(receiver.received().get(0).body()).contains(inRegion.toString());
    }

    @Test
    void shouldSignWithBothSecretsDuringTheGraceAndOnlyTheNewOneAfter() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy());
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(SPEND_LINE), List.of(pilotId));
        String id = subscription.getString("id");
        String first = subscription.getString("secret");

        JsonPath rotation = given().post("/webhook-subscriptions/{id}/secret-rotations", id)
                .then().statusCode(201).extract().jsonPath();
        String second = rotation.getString("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        // the default grace: 24 h
        assertThat(Instant.parse(rotation.getString("previousSecretRetiresAt")))
                .isBetween(Instant.now().plus(Duration.ofHours(24)).minusSeconds(60),
                        Instant.now().plus(Duration.ofHours(24)));
        sendSpendLine(pilotId);
        await().atMost(TIMEOUT).until(() -> receiver.received().size() == 1);
        TestReceiver.Received duringGrace = receiver.received().get(0);
        assertThat(duringGrace.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(ReceiverVerification.verifies(first, duringGrace, Instant.now())).isTrue();
        assertThat(ReceiverVerification.verifies(second, duringGrace, Instant.now())).isTrue();

        // a rotation with a 1 s grace ends every older secret's grace then, the first one's included
        JsonPath shortGrace = given().queryParam("gracePeriod", "PT1S")
                .post("/webhook-subscriptions/{id}/secret-rotations", id)
                .then().statusCode(201).extract().jsonPath();
        String third = shortGrace.getString("secret");
        Instant retires = Instant.parse(shortGrace.getString("previousSecretRetiresAt"));
        await().atMost(TIMEOUT).until(() -> Instant.now().isAfter(retires.plusMillis(100)));
        sendSpendLine(pilotId);
        await().atMost(TIMEOUT).until(() -> receiver.received().size() == 2);
        TestReceiver.Received afterGrace = receiver.received().get(1);
        assertThat(afterGrace.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(ReceiverVerification.verifies(third, afterGrace, Instant.now())).isTrue();
        assertThat(ReceiverVerification.verifies(second, afterGrace, Instant.now())).isFalse();
        assertThat(ReceiverVerification.verifies(first, afterGrace, Instant.now())).isFalse();
    }

    @Test
    void shouldNotDeliverAgainWhenTheSameEventIsConsumedTwice() throws Exception {
        UUID pilotId = registerPilot("North East");
        TestReceiver receiver = receiver(TestReceiver.healthy());
        JsonPath subscription = subscribe("North East", receiver.url(), List.of(SPEND_LINE), List.of(pilotId));
        UUID eventId = UUID.randomUUID();
        String envelope = Events.spendLineRecorded(eventId, pilotId, "2009-10", "6.00", "GBP", "nominal", null);
        UUID marker = UUID.randomUUID();

        sender.send(SPEND_TOPIC, pilotId, envelope);
        sender.send(SPEND_TOPIC, pilotId, envelope);
        // same key, same partition: once the marker sent after both is delivered, both copies were consumed
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(marker, pilotId, "2009-10", "7.00", "GBP",
                "nominal", null));

        await().atMost(TIMEOUT).until(() -> receiver.received().size() >= 2);
        await().pollDelay(Duration.ofMillis(500)).atMost(TIMEOUT).untilAsserted(() ->
                assertThat(deliveries(subscription.getString("id")).getList("items.eventId"))
                        .containsExactlyInAnyOrder(eventId.toString(), marker.toString()));
        assertThat(receiver.received()).hasSize(2);
    }

    // -----------------------------------------------------------------------------------------------------------

    private TestReceiver receiver(TestReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private JsonPath subscribe(String region, String url, List<String> types, List<UUID> pilots) {
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "GO " + region + " test desk", "url", url, "region", region,
                        "eventTypes", types, "pilotIds", pilots.stream().map(UUID::toString).toList()))
                .post("/webhook-subscriptions")
                .then().statusCode(201).extract().jsonPath();
        subscriptions.add(created.getString("id"));
        return created;
    }

    private JsonPath deliveries(String subscriptionId) {
        return given().get("/webhook-subscriptions/{id}/deliveries", subscriptionId)
                .then().statusCode(200).extract().jsonPath();
    }

    private void sendSpendLine(UUID pilotId) {
        sender.send(SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10", "8.00",
                "GBP", "nominal", null));
    }

    private UUID registerPilot(String region) {
        return registerPilot(region, UUID.randomUUID());
    }

    /** Registers a pilot in the region and waits until reporting knows it (and so its region). */
    private UUID registerPilot(String region, UUID eventId) {
        UUID pilotId = UUID.randomUUID();
        String code = "wh-" + pilotId.toString().substring(0, 8);
        sender.send(PILOTS_TOPIC, pilotId, Events.pilotRegisteredIn(region, eventId, pilotId, code,
                "Webhook test place " + code));
        await().atMost(TIMEOUT).until(() -> exists("select 1 from pilot_view where pilot_id = ?", pilotId));
        return pilotId;
    }

    private boolean processed(UUID eventId) {
        return exists("select 1 from processed_event where event_id = ?", eventId);
    }

    private boolean exists(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
