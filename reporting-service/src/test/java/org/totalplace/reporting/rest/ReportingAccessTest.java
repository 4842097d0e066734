package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.events.EventSender;
import org.totalplace.reporting.events.Events;
import org.totalplace.testkit.TestTokens;

/** Reporting's own access rules: a Government Office's subscriptions stay in its region; scoped programme totals. */
@QuarkusTest
class ReportingAccessTest {

    private static final String REGION = "West Midlands";
    private static final String ELSEWHERE = "South East";
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

    private static RequestSpecification as(String role, List<String> pilots, String region) {
        return given().auth().oauth2(TestTokens.forRole(role, pilots, region));
    }

    private static RequestSpecification governmentOffice(String region) {
        return as("go-officer", List.of(), region);
    }

    private static String subscription(String region, String url) {
        return """
                {"name":"GO %s desk","url":"%s","region":"%s",\
                "eventTypes":["totalplace.spend.pilot-totals-changed.v1"],"pilotIds":["%s"]}"""
                .formatted(region, url, region, UUID.randomUUID());
    }

    @Test
    void shouldRefuseGovernmentOfficeSubscribingOutsideItsRegionBeforeCheckingTheBody() {
        String badUrl = "ftp://go.example.invalid/hooks";

        governmentOffice(REGION).contentType(ContentType.JSON).body(subscription(ELSEWHERE, badUrl))
                .post("/webhook-subscriptions").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:forbidden"))
                .body("detail", containsString("region " + ELSEWHERE));
        // its own region's: the body is checked, and found wrong
        governmentOffice(REGION).contentType(ContentType.JSON).body(subscription(REGION, badUrl))
                .post("/webhook-subscriptions").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldLetAGovernmentOfficeKeepItsOwnSubscriptionButNotMoveItToAnotherRegion() {
        String url = "https://go.example.invalid/hooks";
        String id = governmentOffice(REGION).contentType(ContentType.JSON).body(subscription(REGION, url))
                .post("/webhook-subscriptions").then().statusCode(201).extract().jsonPath().getString("id");

        governmentOffice(REGION).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(subscription(ELSEWHERE, url))
                .put("/webhook-subscriptions/{id}", id).then()
                .statusCode(403)
                .body("detail", containsString("region " + ELSEWHERE));
        governmentOffice(ELSEWHERE).get("/webhook-subscriptions/{id}", id).then().statusCode(403);
        governmentOffice(REGION).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(subscription(REGION, url + "/v2"))
                .put("/webhook-subscriptions/{id}", id).then()
                .statusCode(200)
                .body("url", equalTo(url + "/v2"));
        governmentOffice(REGION).delete("/webhook-subscriptions/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldListAGovernmentOfficeOnlyItsRegionsSubscriptionsAndCountOnlyThose() {
        String url = "https://go.example.invalid/hooks";
        given().contentType(ContentType.JSON).body(subscription(REGION, url)).post("/webhook-subscriptions")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(subscription(ELSEWHERE, url)).post("/webhook-subscriptions")
                .then().statusCode(201);
        int regionTotal = given().queryParam("region", REGION).get("/webhook-subscriptions").jsonPath()
                .getInt("total");

        JsonPath mine = governmentOffice(REGION).queryParam("size", "1").get("/webhook-subscriptions").then()
                .statusCode(200).extract().jsonPath();
        JsonPath asked = governmentOffice(REGION).queryParam("region", ELSEWHERE).get("/webhook-subscriptions")
                .then().statusCode(200).extract().jsonPath();

        assertThat(mine.getInt("total")).isEqualTo(regionTotal);
        assertThat(mine.getList("items.region", String.class)).containsOnly(REGION);
        assertThat(asked.getInt("total")).isZero();
        assertThat(asked.getList("items")).isEmpty();
    }

    @Test
    void shouldRefuseAPilotOfAnotherRegionOnASubscriptionNamingTheField() {
        UUID pilotId = registerPilot(ELSEWHERE);
        String body = """
                {"name":"GO desk","url":"https://go.example.invalid/hooks","region":"%s",\
                "eventTypes":["totalplace.spend.pilot-totals-changed.v1"],"pilotIds":["%s"]}"""
                .formatted(REGION, pilotId);

        governmentOffice(REGION).contentType(ContentType.JSON).body(body).post("/webhook-subscriptions").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pilotIds[0]"))
                .body("errors[0].message", containsString("is a pilot of " + ELSEWHERE));
    }

    @Test
    void shouldTotalOnlyTheSpendOfTheCallersPilots() {
        UUID mine = registerPilot(REGION);
        UUID theirs = registerPilot(ELSEWHERE);
        String code = "acl-" + mine.toString().substring(0, 8);
        sender.send(Events.SPEND_TOPIC, mine, Events.spendLineRecorded(UUID.randomUUID(), mine, "2003-04", "7.25",
                "GBP", "nominal", null));
        sender.send(Events.SPEND_TOPIC, theirs, Events.spendLineRecorded(UUID.randomUUID(), theirs, "2003-04",
                "1000.00", "GBP", "nominal", null));
        await().atMost(TIMEOUT).until(() -> given().get("/programme/pilots/{id}", mine).jsonPath()
                .getList("spend").size() == 1 && given().get("/programme/pilots/{id}", theirs).jsonPath()
                .getList("spend").size() == 1);

        JsonPath lead = as("pilot-lead", List.of(code), null).get("/programme").then().statusCode(200)
                .extract().jsonPath();

        assertThat(lead.getList("pilots.code", String.class)).containsExactly(code);
        assertThat(lead.getList("totals.total.amount", String.class)).containsExactly("7.25");
        assertThat(lead.getList("unassignedSpend")).isEmpty();
        as("pilot-lead", List.of(code), null).get("/programme/pilots/{id}", theirs).then().statusCode(403)
                .contentType("application/problem+json");
        JsonPath office = governmentOffice(ELSEWHERE).get("/programme").then().statusCode(200).extract().jsonPath();
        assertThat(office.getList("pilots.region", String.class)).containsOnly(ELSEWHERE);
        assertThat(office.getList("pilots.pilotId", String.class)).contains(theirs.toString())
                .doesNotContain(mine.toString());
    }

    @Test
    void shouldNotOpenReportsToAnonymousCallersUnlessTheyArePublic() {
        ReportingPlaces closed = new ReportingPlaces(null, null, null, false, null);
        ReportingPlaces open = new ReportingPlaces(null, null, null, true, null);

        assertThat(closed.openToAnonymous(Permission.READ_REPORTS)).isFalse();
        assertThat(closed.openToAnonymous(Permission.READ_REPORTS, "/reports/budget")).isFalse();
        assertThat(open.openToAnonymous(Permission.READ_REPORTS)).isTrue();
        assertThat(open.openToAnonymous(Permission.READ_PILOT)).isFalse();
        assertThat(open.openToAnonymous(Permission.READ_PROGRAMME)).isFalse();
    }

    /** The open data is public whatever the reports' mode; nothing else is (OpenDataTest checks it over HTTP). */
    @Test
    void shouldOpenOnlyTheOpenDataToAnonymousCallersWhenTheReportsAreNotPublic() {
        ReportingPlaces closed = new ReportingPlaces(null, null, null, false, null);

        assertThat(closed.openToAnonymous(Permission.READ_REPORTS, "/open")).isTrue();
        assertThat(closed.openToAnonymous(Permission.READ_REPORTS, "/open/publications/x.csv")).isTrue();
        assertThat(closed.openToAnonymous(Permission.READ_REPORTS, "/library-items")).isFalse();
        assertThat(closed.openToAnonymous(Permission.READ_REPORTS, "/opened")).isFalse();
        assertThat(closed.openToAnonymous(Permission.ADMINISTER, "/open")).isFalse();
    }

    /** A pilot announced on the pilots topic, once reporting knows it. */
    private static UUID registerPilot(String region) {
        UUID pilotId = UUID.randomUUID();
        String code = "acl-" + pilotId.toString().substring(0, 8);
        sender.send(Events.PILOTS_TOPIC, pilotId, Events.pilotRegisteredIn(region, UUID.randomUUID(), pilotId, code,
                "Access rules place " + code));
        await().atMost(TIMEOUT).until(() -> given().get("/programme/pilots/{code}", code).statusCode() == 200);
        return pilotId;
    }
}
