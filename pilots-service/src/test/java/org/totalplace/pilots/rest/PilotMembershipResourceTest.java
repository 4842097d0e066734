package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PartnerBodyJson;
import org.totalplace.pilots.support.PilotJson;

/** Bodies join and leave pilots' partnerships; the history is kept and can be read as at any day. */
@QuarkusTest
class PilotMembershipResourceTest {

    /** "Today" for lists without asOf: the day the PBR submissions were summarised. */
    private static final Instant NOW = Instant.parse("2009-10-01T10:00:00Z");

    private String pilot;
    private String pilotCode;

    @BeforeEach
    void setTheClockAndRegisterAPilot() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        PilotJson json = PilotJson.valid();
        pilotCode = json.code();
        pilot = given().contentType(ContentType.JSON).body(json.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldJoinABodyToAPilotByItsId() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();
        String body = council.register();

        Response joined = join(pilotCode, Map.of("bodyId", body, "from", "2009-06-01"));

        joined.then()
                .statusCode(201)
                .header("Location", endsWith("/pilots/" + pilot + "/partner-bodies/" + body))
                .header("ETag", "\"0\"")
                .body("pilot.id", equalTo(pilot))
                .body("pilot.code", equalTo(pilotCode))
                .body("body.id", equalTo(body))
                .body("body.code", equalTo(council.code()))
                .body("body.tier", equalTo("METROPOLITAN_DISTRICT"))
                .body("from", equalTo("2009-06-01"))
                .body("to", nullValue());
        given().get(joined.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(joined.path("id")));
    }

    @Test
    void shouldJoinABodyByItsCodeInAnyCase() {
        PartnerBodyJson pct = PartnerBodyJson.primaryCareTrust();
        String body = pct.register();

        join(pilot, Map.of("bodyCode", pct.code().toLowerCase(), "from", "2009-06-01")).then()
                .statusCode(201)
                .body("body.id", equalTo(body));
    }

    @Test
    void shouldRejectJoiningWhileAlreadyACurrentMember() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);

        join(pilot, Map.of("bodyId", body, "from", "2009-09-01")).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("bodyId"))
                .body("errors[0].message", containsString("already a current member of this pilot, from 2009-06-01"));
        members(pilot, Map.of("history", "true")).body("total", equalTo(1));
    }

    @Test
    void shouldLeaveAndKeepThePeriodInTheHistory() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();
        String body = council.register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);

        leave(pilot, council.code(), "2010-03-31").statusCode(200)
                .header("ETag", "\"1\"")
                .body("from", equalTo("2009-06-01"))
                .body("to", equalTo("2010-03-31"));

        members(pilot, Map.of("asOf", "2010-03-31")).body("items.body.id", equalTo(List.of(body)));
        members(pilot, Map.of("asOf", "2010-04-01")).body("total", equalTo(0));
        members(pilot, Map.of("history", "true")).body("items[0].to", equalTo("2010-03-31"));
    }

    @Test
    void shouldRejectLeavingTwiceNamingTheDayItLeft() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);
        leave(pilot, body, "2010-03-31").statusCode(200);

        leave(pilot, body, "2010-05-31").spec(problem(409, "conflict"))
                .body("errors[0].message", containsString("already left on 2010-03-31"));
        given().get("/pilots/{p}/partner-bodies/{b}", pilot, body).then().body("to", equalTo("2010-03-31"));
    }

    @Test
    void shouldRejectLeavingBeforeTheDayItJoined() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);

        leave(pilot, body, "2009-05-31").spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be on or after from (2009-06-01)"));
        members(pilot, Map.of("asOf", "2010-06-01")).body("total", equalTo(1));
    }

    @Test
    void shouldAnswerNotFoundWhenABodyThatNeverJoinedLeaves() {
        String body = PartnerBodyJson.localAuthority().register();

        leave(pilot, body, "2010-03-31").spec(problem(404, "not-found"))
                .body("detail", containsString("has never been a member of pilot '" + pilotCode + "'"));
    }

    @Test
    void shouldRejoinAfterLeavingWithBothPeriodsInTheHistory() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);
        leave(pilot, body, "2009-12-31").statusCode(200);

        join(pilot, Map.of("bodyId", body, "from", "2010-02-01")).then().statusCode(201).body("to", nullValue());

        members(pilot, Map.of("history", "true")).body("total", equalTo(2))
                .body("items.from", equalTo(List.of("2009-06-01", "2010-02-01")))
                .body("items.to", equalTo(Arrays.asList("2009-12-31", null)));
        members(pilot, Map.of("asOf", "2010-01-15")).body("total", equalTo(0));
        members(pilot, Map.of("asOf", "2010-02-01")).body("total", equalTo(1));
        given().get("/pilots/{p}/partner-bodies/{b}", pilot, body).then().body("from", equalTo("2010-02-01"));
    }

    @Test
    void shouldRejectARejoinThatOverlapsTheEarlierMembership() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);
        leave(pilot, body, "2009-12-31").statusCode(200);

        join(pilot, Map.of("bodyId", body, "from", "2009-12-31")).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("2010-01-01 or later"));
    }

    @Test
    void shouldListTheMembersAsAtADay() {
        String early = PartnerBodyJson.localAuthority().with("name", "Alpha council " + pilotCode).register();
        String late = PartnerBodyJson.primaryCareTrust().with("name", "Bravo PCT " + pilotCode).register();
        join(pilot, Map.of("bodyId", early, "from", "2009-06-01")).then().statusCode(201);
        join(pilot, Map.of("bodyId", late, "from", "2010-01-01")).then().statusCode(201);

        members(pilot, Map.of("asOf", "2009-05-31")).body("total", equalTo(0));
        members(pilot, Map.of("asOf", "2009-10-01")).body("items.body.id", equalTo(List.of(early)));
        members(pilot, Map.of("asOf", "2010-01-01")).body("items.body.id", equalTo(List.of(early, late)));
    }

    @Test
    void shouldListTheMembersOfTodayByTheClockWhenNoDayIsGiven() {
        String current = PartnerBodyJson.localAuthority().register();
        String future = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", current, "from", "2009-06-01")).then().statusCode(201);
        join(pilot, Map.of("bodyId", future, "from", "2009-10-02")).then().statusCode(201);

        members(pilot, Map.of()).body("items.body.id", equalTo(List.of(current)));
    }

    @Test
    void shouldLetABodyBelongToTwoPilots() {
        PartnerBodyJson police = PartnerBodyJson.of("POLICE_AUTHORITY").with("code", "POLICE-" + pilotCode.substring(5));
        String body = police.register();
        PilotJson other = PilotJson.valid();
        String otherPilot = given().contentType(ContentType.JSON).body(other.body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);
        join(otherPilot, Map.of("bodyCode", police.code(), "from", "2009-07-01")).then().statusCode(201);
        leave(otherPilot, body, "2010-03-31").statusCode(200);

        given().queryParam("asOf", "2009-08-01").get("/partner-bodies/{b}/pilots", body).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.pilot.id", containsInAnyOrder(pilot, otherPilot));
        given().queryParam("asOf", "2010-04-01").get("/partner-bodies/{b}/pilots", police.code()).then()
                .body("items.pilot.id", equalTo(List.of(pilot)));
        given().queryParam("history", "true").get("/partner-bodies/{b}/pilots", body).then().body("total", equalTo(2));
        members(otherPilot, Map.of("asOf", "2009-08-01")).body("items.body.id", equalTo(List.of(body)));
    }

    @Test
    void shouldPageTheMembersWithLinks() {
        for (int i = 0; i < 3; i++) {
            join(pilot, Map.of("bodyId", PartnerBodyJson.of("OTHER").register(), "from", "2009-06-01")).then()
                    .statusCode(201);
        }

        Response first = given().queryParam("size", 2).queryParam("asOf", "2009-06-01")
                .get("/pilots/{p}/partner-bodies", pilot);

        first.then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2));
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("asOf=2009-06-01").contains("page=1");
    }

    @Test
    void shouldRefuseToLeaveWhenIfMatchIsStale() {
        String body = PartnerBodyJson.localAuthority().register();
        join(pilot, Map.of("bodyId", body, "from", "2009-06-01")).then().statusCode(201);

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("to", "2010-03-31"))
                .post("/pilots/{p}/partner-bodies/{b}/leave", pilot, body).then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("to", "2010-03-31"))
                .post("/pilots/{p}/partner-bodies/{b}/leave", pilot, body).then().statusCode(200).header("ETag", "\"1\"");
    }

    // --- refused requests -------------------------------------------------------------------------

    @Test
    void shouldRejectAJoinNamingNoBodyOrTwo() {
        String body = PartnerBodyJson.localAuthority().register();

        join(pilot, Map.of("from", "2009-06-01")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("bodyId"));
        join(pilot, Map.of("bodyId", body, "bodyCode", "E08000037", "from", "2009-06-01")).then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("bodyCode"));
        join(pilot, Map.of("bodyId", body)).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("from"));
        join(pilot, Map.of("bodyId", body, "from", "2009-02-30")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPilotOrBody() {
        String body = PartnerBodyJson.localAuthority().register();

        join("no-such-pilot", Map.of("bodyId", body, "from", "2009-06-01")).then().spec(problem(404, "not-found"));
        join(pilot, Map.of("bodyId", UUID.randomUUID().toString(), "from", "2009-06-01")).then()
                .spec(problem(404, "not-found"));
        given().get("/partner-bodies/{b}/pilots", UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/pilots/{p}/partner-bodies/{b}", pilot, body).then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRejectAnAsOfThatIsNoDateOrComesWithHistory() {
        given().queryParam("asOf", "2009-13-01").get("/pilots/{p}/partner-bodies", pilot).then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "2009-10-01").queryParam("history", "true").get("/pilots/{p}/partner-bodies", pilot)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("history=true"));
        given().queryParam("history", "yes").get("/pilots/{p}/partner-bodies", pilot).then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("history"));
    }

    // -----------------------------------------------------------------------------------------------

    private static Response join(String pilot, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/pilots/{p}/partner-bodies", pilot);
    }

    private static ValidatableResponse leave(String pilot, String body, String to) {
        return given().contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/pilots/{p}/partner-bodies/{b}/leave", pilot, body).then();
    }

    private static ValidatableResponse members(String pilot, Map<String, String> query) {
        return given().queryParams(query).get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200);
    }
}
