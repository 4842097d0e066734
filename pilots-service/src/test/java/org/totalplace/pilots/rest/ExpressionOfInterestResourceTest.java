package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.InterestReview.move;
import static org.totalplace.pilots.support.InterestReview.receive;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.InterestJson;
import org.totalplace.pilots.support.InterestReview;
import org.totalplace.pilots.support.InterestReview.Move;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.StoredInterests;

/** Receiving, reading, correcting, listing and counting expressions of interest in place-based budgets. */
@QuarkusTest
class ExpressionOfInterestResourceTest {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");
    private static final String RECEIVED = "totalplace.pilots.expression-of-interest-received.v1";

    @Inject
    StoredInterests stored;

    // --- receiving -----------------------------------------------------------------------------------

    @Test
    void shouldReceiveAnExpressionOfInterestFromAPlaceThatIsNotAPilot() {
        InterestJson interest = InterestJson.valid().with("region", "West Midlands");

        Response created = receive(interest);
        String id = created.path("id");

        created.then()
                .statusCode(201)
                .header("Location", endsWith("/expressions-of-interest/" + id))
                .header("ETag", "\"0\"")
                .body("place", equalTo(interest.place()))
                .body("region", equalTo("West Midlands"))
                .body("receivedOn", equalTo("2010-07-20"))
                .body("pilotId", nullValue())
                .body("status", equalTo("RECEIVED"))
                .body("next", contains("UNDER_REVIEW", "WITHDRAWN"))
                .body("forwardedTo", empty())
                .body("history.size()", equalTo(1))
                .body("history[0].from", nullValue())
                .body("history[0].to", equalTo("RECEIVED"));
        given().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("leadBody", equalTo(interest.body().get("leadBody")))
                .body("summary", equalTo(interest.body().get("summary")))
                .body("history[0].at", equalTo(created.path("createdAt")));
        assertThat(stored.withPlace(interest.place())).isOne();
        assertThat(stored.outboxRows(id, RECEIVED)).isOne();
    }

    @Test
    void shouldLinkAnExpressionOfInterestToAPilotNamedByIdOrByCode() {
        PilotJson pilot = PilotJson.valid().with("region", "London");
        String pilotId = registerPilot(pilot);

        receive(InterestJson.valid().with("region", "London").with("pilotId", pilotId)).then()
                .statusCode(201).body("pilotId", equalTo(pilotId));
        receive(InterestJson.valid().with("region", "London").with("pilotId", pilot.code().toUpperCase())).then()
                .statusCode(201).body("pilotId", equalTo(pilotId));
    }

    @Test
    void shouldRejectAnUnknownPilotAsARuleViolation() {
        for (String unknown : List.of(UUID.randomUUID().toString(), "no-such-pilot")) {
            InterestJson interest = InterestJson.valid().with("pilotId", unknown);

            receive(interest).then().spec(problem(422, "rule-violation"))
                    .body("errors.field", equalTo(List.of("pilotId")))
                    .body("errors[0].message", containsString(unknown));
            assertNothingStored(interest);
        }
    }

    @Test
    void shouldRejectARegionOtherThanThePilotsRegion() {
        PilotJson pilot = PilotJson.valid().with("region", "London");
        registerPilot(pilot);
        InterestJson interest = InterestJson.valid().with("region", "North East").with("pilotId", pilot.code());

        receive(interest).then().spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("region")))
                .body("errors[0].message", equalTo("must be London, the region of pilot '" + pilot.code() + "'"));
        assertNothingStored(interest);
    }

    @Test
    void shouldRejectAnExpressionOfInterestReceivedInTheFuture() {
        InterestJson interest = InterestJson.valid().with("receivedOn", "2999-01-01");

        receive(interest).then().spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("receivedOn")));
        assertNothingStored(interest);
    }

    @Test
    void shouldRejectMissingFieldsNamingEach() {
        InterestJson interest = InterestJson.valid().with("place", " ").without("leadBody").without("region")
                .with("summary", "").without("receivedOn");

        receive(interest).then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("leadBody", "place", "receivedOn", "region", "summary")));
    }

    @Test
    void shouldRejectAnUnknownRegionOrAMalformedDate() {
        receive(InterestJson.valid().with("region", "Wessex")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("South West"));
        receive(InterestJson.valid().with("receivedOn", "20/07/2010")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("receivedOn"))
                .body("errors[0].message", containsString("ISO-8601"));
    }

    @Test
    void shouldRejectAFieldTheApiDoesNotKnow() {
        InterestJson interest = InterestJson.valid().with("status", "ACCEPTED");

        receive(interest).then().spec(problem(400, "unknown-field")).body("errors[0].field", equalTo("status"));
        assertNothingStored(interest);
    }

    // --- reading -------------------------------------------------------------------------------------

    @Test
    void shouldAnswerNotFoundForAnUnknownId() {
        given().get("/expressions-of-interest/{id}", UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/expressions-of-interest/not-an-id").then().spec(problem(404, "not-found"))
                .body("detail", containsString("not-an-id"));
    }

    @Test
    void shouldAnswerNotModifiedWhileTheETagStillMatches() {
        String location = receive(InterestJson.valid()).header("Location");

        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
        given().header("If-None-Match", "\"3\"").get(location).then().statusCode(200);
    }

    // --- correcting ----------------------------------------------------------------------------------

    @Test
    void shouldCorrectPlaceLeadBodyAndSummaryWithTheCurrentETag() {
        InterestJson interest = InterestJson.valid();
        String id = receive(interest).path("id");
        Map<String, Object> edit = Map.of("place", "Corrected " + interest.place(), "leadBody", "Corrected lead body",
                "summary", "Corrected summary");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/expressions-of-interest/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("place", equalTo("Corrected " + interest.place()))
                .body("leadBody", equalTo("Corrected lead body"))
                .body("summary", equalTo("Corrected summary"))
                .body("region", equalTo("North West"))
                .body("status", equalTo("RECEIVED"));
        given().get("/expressions-of-interest/{id}", id).then().header("ETag", "\"1\"")
                .body("place", equalTo("Corrected " + interest.place()));
        assertThat(stored.outboxRows(id, "totalplace.pilots.expression-of-interest-updated.v1")).isOne();
    }

    @Test
    void shouldRequireIfMatchToCorrect() {
        String id = receive(InterestJson.valid()).path("id");

        given().contentType(ContentType.JSON).body(edit("Unsent correction"))
                .put("/expressions-of-interest/{id}", id).then()
                .spec(problem(428, "precondition-required"))
                .body("errors.field", equalTo(List.of("If-Match")));
        given().get("/expressions-of-interest/{id}", id).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseACorrectionBasedOnAStaleVersion() {
        String id = receive(InterestJson.valid()).path("id");
        move(id, Move.REVIEW, "\"0\"").then().statusCode(200);
        String stale = "Stale correction " + UUID.randomUUID();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit(stale))
                .put("/expressions-of-interest/{id}", id).then()
                .spec(problem(412, "precondition-failed"))
                .body("detail", containsString("\"1\""));
        assertThat(stored.outboxRowsMentioning(stale)).isZero();
    }

    @Test
    void shouldRefuseToCorrectADecidedExpressionOfInterest() {
        for (String decided : List.of("ACCEPTED", "DECLINED", "WITHDRAWN")) {
            String id = InterestReview.reach(decided);
            String ifMatch = "\"" + InterestReview.versionAfterReaching(decided) + "\"";

            given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(edit("Too late"))
                    .put("/expressions-of-interest/{id}", id).then()
                    .spec(problem(409, "conflict"))
                    .body("errors.field", equalTo(List.of("status")))
                    .body("detail", equalTo("the expression of interest is " + decided
                            + ", which is final; its place, lead body and summary can no longer change"));
        }
    }

    @Test
    void shouldAllowCorrectingAnExpressionOfInterestUnderReview() {
        String id = InterestReview.reach("SHORTLISTED");

        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(edit("Still open"))
                .put("/expressions-of-interest/{id}", id).then().statusCode(200).body("status", equalTo("SHORTLISTED"));
    }

    @Test
    void shouldRefuseToChangeRegionOrReceiptInACorrection() {
        String id = receive(InterestJson.valid()).path("id");
        Map<String, Object> body = new HashMap<>(edit("With region"));
        body.put("region", "London");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/expressions-of-interest/{id}", id).then()
                .spec(problem(400, "unknown-field")).body("errors[0].field", equalTo("region"));
    }

    // --- listing -------------------------------------------------------------------------------------

    @Test
    void shouldListAPageAtATimeWithNextAndPrevLinks() {
        String pilot = registerPilot(PilotJson.valid().with("region", "North West"));
        for (int day = 10; day < 15; day++) {
            receive(InterestJson.valid().with("pilotId", pilot).with("receivedOn", "2010-07-" + day))
                    .then().statusCode(201);
        }

        Response first = given().queryParam("pilotId", pilot).queryParam("size", 2).get("/expressions-of-interest");
        first.then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(5))
                .body("items.receivedOn", contains("2010-07-10", "2010-07-11"));
        assertThat(links(first)).containsOnlyKeys("next");

        Response second = given().get(links(first).get("next"));
        second.then().statusCode(200).body("page", equalTo(1))
                .body("items.receivedOn", contains("2010-07-12", "2010-07-13"));
        assertThat(links(second)).containsOnlyKeys("next", "prev");
        assertThat(given().get(links(second).get("prev")).<List<String>>path("items.id"))
                .isEqualTo(first.path("items.id"));

        Response last = given().get(links(second).get("next"));
        last.then().body("items.receivedOn", contains("2010-07-14"));
        assertThat(links(last)).containsOnlyKeys("prev");
    }

    @Test
    void shouldSortByReceiptPlaceOrStatusInReviewOrder() {
        String pilot = registerPilot(PilotJson.valid().with("region", "North West"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String charlie = receiveFor(pilot, "charlie " + tag, "2010-07-01");
        String alpha = receiveFor(pilot, "Alpha " + tag, "2010-07-03");
        String bravo = receiveFor(pilot, "Bravo " + tag, "2010-07-02");
        move(alpha, Move.REVIEW, "\"0\"").then().statusCode(200);
        move(alpha, Move.FORWARD, "\"1\"").then().statusCode(200);
        move(charlie, Move.WITHDRAW, "\"0\"").then().statusCode(200);

        assertThat(listedIds(pilot, "receivedOn")).containsExactly(charlie, bravo, alpha);
        assertThat(listedIds(pilot, "-receivedOn")).containsExactly(alpha, bravo, charlie);
        assertThat(listedIds(pilot, "place")).containsExactly(alpha, bravo, charlie);
        assertThat(listedIds(pilot, "-place")).containsExactly(charlie, bravo, alpha);
        // RECEIVED, FORWARDED, WITHDRAWN: the order of the review, not of the alphabet
        assertThat(listedIds(pilot, "status")).containsExactly(bravo, alpha, charlie);
        assertThat(listedIds(pilot, "-status")).containsExactly(charlie, alpha, bravo);
    }

    @Test
    void shouldFilterByStatusRegionAndPilot() {
        String pilot = registerPilot(PilotJson.valid().with("region", "South West"));
        String received = receiveFor(pilot, "South West", "Filtered A", "2010-07-05");
        String underReview = receiveFor(pilot, "South West", "Filtered B", "2010-07-06");
        move(underReview, Move.REVIEW, "\"0\"").then().statusCode(200);
        String elsewhere = receive(InterestJson.valid().with("region", "South West")).path("id");

        assertThat(given().queryParam("pilotId", pilot).queryParam("status", "UNDER_REVIEW")
                .get("/expressions-of-interest").then().statusCode(200).body("total", equalTo(1))
                .extract().<List<String>>path("items.id")).containsExactly(underReview);
        Response southWest = given().queryParam("region", "South West").queryParam("size", 200)
                .get("/expressions-of-interest");
        assertThat(southWest.<List<String>>path("items.id")).contains(received, underReview, elsewhere);
        assertThat(southWest.<List<String>>path("items.region")).containsOnly("South West");
        Response receivedInSouthWest = given().queryParam("status", "RECEIVED").queryParam("region", "South West")
                .queryParam("size", 200).get("/expressions-of-interest");
        assertThat(receivedInSouthWest.<List<String>>path("items.id")).contains(received, elsewhere)
                .doesNotContain(underReview);
        assertThat(receivedInSouthWest.<List<String>>path("items.status")).containsOnly("RECEIVED");
        given().queryParam("pilotId", "no-such-pilot").get("/expressions-of-interest").then()
                .statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldRejectUnknownSortStatusOrRegion() {
        given().queryParam("sort", "summary").get("/expressions-of-interest").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("sort")));
        given().queryParam("status", "PENDING").get("/expressions-of-interest").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", containsString("UNDER_REVIEW"));
        given().queryParam("region", "Wessex").get("/expressions-of-interest").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("region")));
        given().queryParam("size", 0).get("/expressions-of-interest").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("size")));
    }

    // --- the summary ---------------------------------------------------------------------------------

    @Test
    void shouldCountByStatusRegionAndDepartmentInTheSummary() {
        Response before = given().get("/expressions-of-interest/summary");
        before.then().statusCode(200);

        InterestReview.reach("FORWARDED");
        String toTreasury = receive(InterestJson.valid().with("region", "East Midlands")).path("id");
        move(toTreasury, Move.REVIEW, "\"0\"").then().statusCode(200);
        move(toTreasury, Move.FORWARD, "\"1\"", Map.of("to", List.of("HMT"), "on", "2010-07-21")).then()
                .statusCode(200);
        move(toTreasury, Move.DECLINE, "\"2\"").then().statusCode(200);
        receive(InterestJson.valid().with("region", "East Midlands")).then().statusCode(201);

        Response after = given().get("/expressions-of-interest/summary");
        after.then().statusCode(200)
                .body("byStatus.keySet()", contains("RECEIVED", "UNDER_REVIEW", "FORWARDED", "SHORTLISTED", "ACCEPTED",
                        "DECLINED", "WITHDRAWN"))
                .body("byRegion.keySet()", hasItems("North East", "Yorkshire and The Humber", "South West"))
                .body("forwardedTo.keySet()", contains("HMT", "CLG"));
        assertThat(delta(before, after, "total")).isEqualTo(3);
        assertThat(delta(before, after, "byStatus.RECEIVED")).isEqualTo(1);
        assertThat(delta(before, after, "byStatus.FORWARDED")).isEqualTo(1);
        assertThat(delta(before, after, "byStatus.DECLINED")).isEqualTo(1);
        assertThat(delta(before, after, "byStatus.UNDER_REVIEW")).isZero();
        assertThat(delta(before, after, "byRegion.'East Midlands'")).isEqualTo(2);
        assertThat(delta(before, after, "byRegion.'North West'")).isEqualTo(1);
        assertThat(delta(before, after, "forwardedTo.HMT")).isEqualTo(2);
        assertThat(delta(before, after, "forwardedTo.CLG")).isEqualTo(1);
        assertThat(delta(before, after, "forwarded")).isEqualTo(2);
        assertThat(after.<Integer>path("total")).isEqualTo((int) stored.all());
        assertThat(after.<Integer>path("forwardedTo.CLG")).isEqualTo((int) stored.forwardedTo("CLG"));
    }

    // -----------------------------------------------------------------------------------------------

    private static String registerPilot(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    private static String receiveFor(String pilotId, String place, String receivedOn) {
        return receiveFor(pilotId, "North West", place, receivedOn);
    }

    private static String receiveFor(String pilotId, String region, String place, String receivedOn) {
        return receive(InterestJson.valid().with("pilotId", pilotId).with("region", region).with("place", place)
                .with("receivedOn", receivedOn)).then().statusCode(201).extract().path("id");
    }

    private static List<String> listedIds(String pilotId, String sort) {
        return given().queryParam("pilotId", pilotId).queryParam("sort", sort).get("/expressions-of-interest").then()
                .statusCode(200).extract().path("items.id");
    }

    private static Map<String, Object> edit(String summary) {
        return Map.of("place", "Somewhere", "leadBody", "Somewhere Council", "summary", summary);
    }

    private static int delta(Response before, Response after, String path) {
        return after.<Integer>path(path) - before.<Integer>path(path);
    }

    private void assertNothingStored(InterestJson interest) {
        assertThat(stored.withPlace(interest.place())).as("rows from %s", interest.place()).isZero();
        assertThat(stored.outboxRowsMentioning(interest.place())).as("events about %s", interest.place()).isZero();
    }

    private static Map<String, String> links(Response response) {
        Map<String, String> links = new HashMap<>();
        Optional.ofNullable(response.header("Link")).ifPresent(header -> {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                links.put(link.group(2), link.group(1));
            }
        });
        return links;
    }
}
