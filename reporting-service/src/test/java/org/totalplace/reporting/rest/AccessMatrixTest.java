package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.events.EventSender;
import org.totalplace.reporting.events.Events;
import org.totalplace.reporting.events.SpendEventsConsumer;
import org.totalplace.testkit.AccessMatrix;
import org.totalplace.testkit.Req;

/**
 * Every endpoint of reporting × every role × a pilot (and region) inside and one outside the caller's scope, as the
 * testkit's role table says. Fixture: two pilots announced on the pilots topic, in regions no other test's
 * subscriptions take whole; a subscription of each region listing only its pilot, and one delivery each (a spend
 * line of the pilot, to a receiver that does not exist).
 */
@QuarkusTest
class AccessMatrixTest {

    static final String IN_REGION = "East of England";
    static final String OUT_REGION = "North West";
    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static EventSender sender;

    @BeforeAll
    static void connect() {
        sender = EventSender.connect();
    }

    @AfterAll
    static void disconnect() {
        sender.close();
    }

    @Test
    void shouldAnswerEveryRoleAsTheRoleTableSays() {
        Fixture in = Fixture.of(IN_REGION, "acc-in-");
        Fixture out = Fixture.of(OUT_REGION, "acc-out-");
        List<String> inMarkers = List.of(in.pilotId().toString(), in.code());
        List<String> outMarkers = List.of(out.pilotId().toString(), out.code());

        AccessMatrix.forService()
                .inScope(in.code(), IN_REGION)
                .outOfScope(out.code(), OUT_REGION)
                .endpoint("GET", "/reports", "READ_REPORTS", Req.to("/reports"))
                .endpoint("GET", "/reports/budget", "READ_REPORTS", Req.to("/reports/budget?financialYear=2009-10"))
                .endpoint("GET", "/reports/pbr-summary", "READ_REPORTS", Req.to("/reports/pbr-summary"))
                .endpoint("GET", "/reports/fortnightly-update", "READ_REPORTS",
                        Req.to("/reports/fortnightly-update?from=2009-09-16&to=2009-09-30"))
                .endpoint("GET", "/reports/board-paper", "READ_REPORTS",
                        Req.to("/reports/board-paper?meetingDate=2010-01-15&financialYear=2009-10"))
                .endpoint("GET", "/reports/pilot-comparison", "READ_REPORTS",
                        Req.to("/reports/pilot-comparison?financialYear=2009-10"))
                .endpoint("GET", "/programme", "READ_PILOT", Req.to("/programme"))
                .endpoint("GET", "/programme/pilots/{idOrCode}", "READ_PILOT",
                        Req.to("/programme/pilots/" + in.code()), Req.to("/programme/pilots/" + out.pilotId()))
                .endpoint("GET", "/programme-state", "READ_PILOT", Req.to("/programme-state"))
                .endpoint("POST", "/journal/rebuild", "ADMINISTER", Req.to("/journal/rebuild"))
                .endpoint("GET", "/audit-entries", "ADMINISTER",
                        Req.to("/audit-entries?recordType=webhook_subscription"))
                .endpoint("GET", "/webhook-subscriptions", "SUBSCRIBE", Req.to("/webhook-subscriptions"))
                .endpoint("POST", "/webhook-subscriptions", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions").body(subscription(IN_REGION, in.pilotId())),
                        Req.to("/webhook-subscriptions").body(subscription(OUT_REGION, out.pilotId())))
                .endpoint("GET", "/webhook-subscriptions/{id}", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions/" + in.subscriptionId()),
                        Req.to("/webhook-subscriptions/" + out.subscriptionId()))
                .endpoint("PUT", "/webhook-subscriptions/{id}", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions/" + in.subscriptionId())
                                .body(subscription(IN_REGION, in.pilotId())),
                        Req.to("/webhook-subscriptions/" + out.subscriptionId())
                                .body(subscription(OUT_REGION, out.pilotId())))
                .endpoint("DELETE", "/webhook-subscriptions/{id}", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions/" + in.subscriptionId()),
                        Req.to("/webhook-subscriptions/" + out.subscriptionId()))
                .endpoint("POST", "/webhook-subscriptions/{id}/secret-rotations", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions/" + in.subscriptionId() + "/secret-rotations"),
                        Req.to("/webhook-subscriptions/" + out.subscriptionId() + "/secret-rotations"))
                .endpoint("GET", "/webhook-subscriptions/{id}/deliveries", "SUBSCRIBE",
                        Req.to("/webhook-subscriptions/" + in.subscriptionId() + "/deliveries"),
                        Req.to("/webhook-subscriptions/" + out.subscriptionId() + "/deliveries"))
                .endpoint("POST", "/webhook-deliveries/{id}/redeliveries", "SUBSCRIBE",
                        Req.to("/webhook-deliveries/" + in.deliveryId() + "/redeliveries"),
                        Req.to("/webhook-deliveries/" + out.deliveryId() + "/redeliveries"))
                .endpoint("POST", "/library-items", "ADMINISTER", Req.to("/library-items").body(LIBRARY_ITEM))
                .endpoint("GET", "/library-items", "READ_REPORTS", Req.to("/library-items"))
                .endpoint("GET", "/library-items/search", "READ_REPORTS", Req.to("/library-items/search?q=prison"))
                .endpoint("GET", "/library-items/{id}", "READ_REPORTS", Req.to("/library-items/" + UUID.randomUUID()))
                .endpoint("PUT", "/library-items/{id}", "ADMINISTER",
                        Req.to("/library-items/" + UUID.randomUUID()).body(LIBRARY_ITEM))
                .endpoint("POST", "/publications", "ADMINISTER", Req.to("/publications").body(PUBLICATION))
                .endpoint("GET", "/publications", "ADMINISTER", Req.to("/publications"))
                .endpoint("GET", "/publications/{id}", "ADMINISTER", Req.to("/publications/" + UUID.randomUUID()))
                .endpoint("DELETE", "/publications/{id}", "ADMINISTER",
                        Req.to("/publications/" + UUID.randomUUID()))
                .endpoint("GET", "/open", "READ_REPORTS", Req.to("/open"))
                .endpoint("GET", "/open/publications/{id}", "READ_REPORTS",
                        Req.to("/open/publications/" + UUID.randomUUID()))
                .endpoint("GET", "/open/publications/{id}.csv", "READ_REPORTS",
                        Req.to("/open/publications/" + UUID.randomUUID() + ".csv"))
                .endpoint("GET", "/open/publications/{id}/datapackage.json", "READ_REPORTS",
                        Req.to("/open/publications/" + UUID.randomUUID() + "/datapackage.json"))
                .list("/programme", "READ_PILOT", inMarkers, outMarkers)
                .list("/programme-state", "READ_PILOT", inMarkers, outMarkers)
                .list("/webhook-subscriptions?size=200", "SUBSCRIBE", List.of(in.subscriptionId()),
                        List.of(out.subscriptionId()))
                .verify();
    }

    /** A practice note (no pilot in it: the library is programme-wide). */
    static final String LIBRARY_ITEM = """
            {"kind":"PRACTICE_NOTE","title":"Access test note","body":"A note.","date":"2010-06-01",\
            "source":"Access matrix"}""";
    /** A decision reporting has never seen: an allowed caller gets 422, a refused one 403. */
    static final String PUBLICATION = """
            {"subject":{"kind":"REPORT","report":"pbr-summary"},"decisionId":"%s","publishedOn":"2010-03-01"}"""
            .formatted(UUID.randomUUID());

    static String subscription(String region, UUID pilotId) {
        return """
                {"name":"GO %s access test","url":"https://go.example.invalid/hooks","region":"%s",\
                "eventTypes":["%s"],"pilotIds":["%s"]}"""
                .formatted(region, region, SpendEventsConsumer.SPEND_LINE_RECORDED, pilotId);
    }

    /**
     * A pilot reporting knows (its read model and the journal), its region's subscription listing only it, and
     * one delivery of that subscription.
     */
    record Fixture(UUID pilotId, String code, String subscriptionId, String deliveryId) {

        static Fixture of(String region, String prefix) {
            UUID pilotId = UUID.randomUUID();
            String code = prefix + pilotId.toString().substring(0, 8);
            sender.send(Events.PILOTS_TOPIC, pilotId, Events.pilotRegisteredIn(region, UUID.randomUUID(), pilotId,
                    code, "Access test place " + code));
            await().atMost(TIMEOUT).until(() -> given().get("/programme/pilots/{code}", code).statusCode() == 200
                    && given().get("/programme-state").asString().contains(code));
            String subscriptionId = given().contentType(ContentType.JSON).body(subscription(region, pilotId))
                    .post("/webhook-subscriptions").then().statusCode(201).extract().jsonPath().getString("id");
            sender.send(Events.SPEND_TOPIC, pilotId, Events.spendLineRecorded(UUID.randomUUID(), pilotId, "2009-10",
                    "10.00", "GBP", "nominal", null));
            await().atMost(TIMEOUT).until(() -> given().get("/webhook-subscriptions/{id}/deliveries", subscriptionId)
                    .jsonPath().getInt("total") == 1);
            String deliveryId = given().get("/webhook-subscriptions/{id}/deliveries", subscriptionId).jsonPath()
                    .getString("items[0].id");
            return new Fixture(pilotId, code, subscriptionId, deliveryId);
        }
    }
}
