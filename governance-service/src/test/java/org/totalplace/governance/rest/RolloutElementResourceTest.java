package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.support.Barriers;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.testkit.TestTokens;

/**
 * The roll-out elements put to ministers (seed 001) over HTTP: recording with linked barriers, reading, filtering,
 * replacing under If-Match, relinking barriers and moving the hypothesis on. Seed 001 names the elements; the
 * hypotheses and outcomes here are examples.
 */
@QuarkusTest
class RolloutElementResourceTest {

    private static final String ELEMENT = """
            {"kind":"%s","hypothesis":"(example) %s",
             "outcomesSought":["(example) barriers cleared within one meeting cycle"],
             "barrierIds":[%s],
             "waysToOvercome":["(example) escalate to the ministerial group"]}""";

    @Inject
    KnownPilots pilots;

    private String pilotCode;
    private UUID pilot;
    private String barrier;
    private String escalated;

    @BeforeEach
    void aPilotWithTwoBarriers() {
        pilotCode = "bradford-" + UUID.randomUUID().toString().substring(0, 8);
        pilot = pilots.known(pilotCode, "Bradford", "Yorkshire and The Humber");
        barrier = Barriers.raisedTo(pilot, EscalationTier.PILOT);
        escalated = Barriers.raisedTo(pilot, EscalationTier.OFFICIALS_GROUP);
    }

    @Test
    void shouldRecordAnElementProposedShowingEachLinkedBarriersTitlePilotStatusAndTier() {
        String location = given().contentType(ContentType.JSON)
                .body(ELEMENT.formatted("FORA_WITH_AUTHORITY", "fora clear barriers", quoted(barrier, escalated)))
                .when().post("/rollout-elements")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("FORA_WITH_AUTHORITY"))
                .body("status", equalTo("PROPOSED"))
                .body("statusReason", nullValue())
                .body("outcomesSought", contains("(example) barriers cleared within one meeting cycle"))
                .body("waysToOvercome", contains("(example) escalate to the ministerial group"))
                .body("barriers.barrierId", contains(barrier, escalated))
                .body("barriers.title", everyItem(equalTo("Ring-fenced drug treatment funding cannot be pooled")))
                .body("barriers.pilotId", everyItem(equalTo(pilot.toString())))
                .body("barriers.pilotCode", everyItem(equalTo(pilotCode)))
                .body("barriers.status", everyItem(equalTo("OPEN")))
                .body("barriers.tier", contains("PILOT", "OFFICIALS_GROUP"))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("barriers.tier", contains("PILOT", "OFFICIALS_GROUP"));
        given().header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
    }

    @Test
    void shouldShowALinkedBarrierOfAnotherPilotByItsIdOnly() {
        String id = recorded("FORA_WITH_AUTHORITY", quoted(barrier));
        String otherPilot = "lewisham-" + UUID.randomUUID().toString().substring(0, 8);
        pilots.known(otherPilot, "Lewisham", "London");

        given().auth().none()
                .header("Authorization", "Bearer " + TestTokens.forRole("pilot-lead", List.of(otherPilot), null))
                .get("/rollout-elements/" + id)
                .then().statusCode(200)
                .body("barriers.barrierId", contains(barrier))
                .body("barriers.withheld", contains(true))
                .body("barriers.title", contains((Object) null))
                .body("barriers.pilotId", contains((Object) null));
        given().auth().none()
                .header("Authorization", "Bearer " + TestTokens.forRole("pilot-lead", List.of(pilotCode), null))
                .get("/rollout-elements/" + id)
                .then().statusCode(200)
                .body("barriers.withheld", contains(false))
                .body("barriers.title", contains("Ring-fenced drug treatment funding cannot be pooled"));
    }

    @Test
    void shouldTakeAHypothesisFromProposedThroughTestingToEvidencedAndNoFurther() {
        String id = recorded("LOCAL_LEADERSHIP", quoted(barrier));

        given().contentType(ContentType.JSON).body("{\"status\":\"EVIDENCED\"}")
                .post("/rollout-elements/" + id + "/status")
                .then().spec(problem(409, "conflict")).body("errors[0].field", equalTo("status"))
                .body("detail", containsString("tested first"));
        given().contentType(ContentType.JSON).body("{\"status\":\"TESTING\"}")
                .post("/rollout-elements/" + id + "/status")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("TESTING"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\":\"EVIDENCED\"}")
                .post("/rollout-elements/" + id + "/status")
                .then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"status\":\"EVIDENCED\",\"reason\":\"(example) shown in the pilots' final reports\"}")
                .post("/rollout-elements/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("EVIDENCED"))
                .body("statusReason", equalTo("(example) shown in the pilots' final reports"));
        given().contentType(ContentType.JSON).body("{\"status\":\"TESTING\"}")
                .post("/rollout-elements/" + id + "/status")
                .then().spec(problem(409, "conflict")).body("errors[0].field", equalTo("status"))
                .body("detail", containsString("final"));
    }

    @Test
    void shouldReplaceOnlyWithTheCurrentEtag() {
        String id = recorded("POLICY_CO_DESIGN", "");
        String replacement = ELEMENT.formatted("POLICY_CO_DESIGN", "revised", quoted(barrier));

        given().contentType(ContentType.JSON).body(replacement).put("/rollout-elements/" + id)
                .then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(replacement)
                .put("/rollout-elements/" + id)
                .then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement)
                .put("/rollout-elements/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("hypothesis", equalTo("(example) revised"))
                .body("barriers.barrierId", contains(barrier))
                .body("status", equalTo("PROPOSED"));
    }

    @Test
    void shouldLinkAndUnlinkBarriersByReplacingTheList() {
        String id = recorded("INNOVATION_AND_ROLL_OUT", quoted(barrier));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"barrierIds\":[%s]}".formatted(quoted(escalated, barrier)))
                .put("/rollout-elements/" + id + "/barriers")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("barriers.barrierId", contains(escalated, barrier));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"barrierIds\":[]}")
                .put("/rollout-elements/" + id + "/barriers")
                .then().statusCode(200).body("barriers", equalTo(List.of()));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"barrierIds\":[]}")
                .put("/rollout-elements/" + id + "/barriers")
                .then().spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldRefuseAnUnknownOrRepeatedBarrierNamingItsPlaceInTheList() {
        String unknown = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(ELEMENT.formatted("COLLABORATIVE_SERVICE_REDESIGN", "x", quoted(barrier, unknown)))
                .post("/rollout-elements")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("barrierIds[1]"))
                .body("errors[0].message", containsString(unknown));

        String id = recorded("COLLABORATIVE_SERVICE_REDESIGN", "");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"barrierIds\":[%s]}".formatted(quoted(barrier, barrier)))
                .put("/rollout-elements/" + id + "/barriers")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("barrierIds[1]"));
        given().get("/rollout-elements/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldRefuseMalformedElementsNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"FORA_WITH_AUTHORITY","hypothesis":" ","outcomesSought":["ok"," "]}""")
                .post("/rollout-elements")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("hypothesis"))
                .body("errors.field", hasItem("outcomesSought[1]"));
        given().contentType(ContentType.JSON).body("{\"kind\":\"FORA\",\"hypothesis\":\"x\"}")
                .post("/rollout-elements")
                .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body("{\"status\":\"DONE\"}")
                .post("/rollout-elements/" + recorded("LOCAL_LEADERSHIP", "") + "/status")
                .then().spec(problem(400, "validation")).body("errors[0].field", equalTo("status"));
        given().get("/rollout-elements/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/rollout-elements?status=DONE").then().spec(problem(400, "validation"));
    }

    @Test
    void shouldListElementsFilteredByKindAndStatus() {
        String fora = recorded("FORA_WITH_AUTHORITY", quoted(barrier));
        String leadership = recorded("LOCAL_LEADERSHIP", "");
        given().contentType(ContentType.JSON).body("{\"status\":\"TESTING\"}")
                .post("/rollout-elements/" + leadership + "/status").then().statusCode(200);

        given().queryParam("kind", "FORA_WITH_AUTHORITY").queryParam("size", 200).get("/rollout-elements")
                .then().statusCode(200)
                .body("items.id", hasItem(fora))
                .body("items.id", not(hasItem(leadership)))
                .body("items.kind", everyItem(equalTo("FORA_WITH_AUTHORITY")));
        given().queryParam("status", "TESTING").queryParam("size", 200).get("/rollout-elements")
                .then().statusCode(200)
                .body("items.id", hasItem(leadership))
                .body("items.id", not(hasItem(fora)))
                .body("items.status", everyItem(equalTo("TESTING")));
    }

    private String recorded(String kind, String barrierIds) {
        return given().contentType(ContentType.JSON).body(ELEMENT.formatted(kind, "hypothesis", barrierIds))
                .post("/rollout-elements").then().statusCode(201).extract().path("id");
    }

    private static String quoted(String... ids) {
        return String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
    }
}
