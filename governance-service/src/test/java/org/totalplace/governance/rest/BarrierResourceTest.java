package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;

/** The barrier register over HTTP: raising, the moves up the tiers, decisions, and the refusals. */
@QuarkusTest
class BarrierResourceTest {

    @Inject
    KnownPilots pilots;

    private UUID bradford;

    @BeforeEach
    void knowAPilot() {
        bradford = pilots.known("Bradford");
    }

    @Test
    void shouldRaiseABarrierOpenAtThePilotTierWithLocationETagAndHistory() {
        ExtractableResponse<Response> created = raise(bradford);
        String id = created.path("id");

        assertThat(created.header("Location")).endsWith("/barriers/" + id);
        given().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("pilotId", equalTo(bradford.toString()))
                .body("tier", equalTo("PILOT"))
                .body("status", equalTo("OPEN"))
                .body("category", equalTo("FUNDING_RULES"))
                .body("owningDepartment", equalTo("Home Office"))
                .body("overdue", equalTo(false))
                .body("history.kind", contains("RAISED"));
    }

    @Test
    void shouldRejectABarrierForAPilotNobodyHasAnnounced() {
        given().contentType(ContentType.JSON).body(body(UUID.randomUUID()))
                .when().post("/barriers")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("pilotId"));
    }

    @Test
    void shouldRejectABarrierWithoutEvidence() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fence","description":"d","category":"FUNDING_RULES",
                         "owningDepartment":"Home Office"}""".formatted(bradford))
                .when().post("/barriers")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("evidence"));
    }

    @Test
    void shouldClimbTierByTierAndRefuseToGoAboveTheMinisterialGroup() {
        String id = raise(bradford).path("id");
        escalate(id, 0).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("tier", equalTo("GOVERNMENT_OFFICE"));
        escalate(id, 1).then().statusCode(200).body("tier", equalTo("OFFICIALS_GROUP"));
        escalate(id, 2).then().statusCode(200).body("tier", equalTo("MINISTERIAL_GROUP"))
                .body("history.kind", contains("RAISED", "ESCALATED", "ESCALATED", "ESCALATED"))
                .body("history.automatic", everyItem(equalTo(false)))
                .body("history[1].reason", equalTo("The Government Office cannot vary the grant"));

        escalate(id, 3).then().spec(problem(409, "conflict"))
                .body("detail", containsString("highest tier"))
                .body("errors.field", contains("tier"));
    }

    @Test
    void shouldResolveWithTheWhitehallChangeAndRefuseAnyMoveAfterwards() {
        String id = raise(bradford).path("id");
        escalate(id, 0).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"decision":"Officials agree pooling for 2010-11","whitehallChange":"Joint grant conditions"}""")
                .when().post("/barriers/" + id + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("tier", equalTo("GOVERNMENT_OFFICE"))
                .body("decision", equalTo("Officials agree pooling for 2010-11"))
                .body("whitehallChange", equalTo("Joint grant conditions"))
                .body("history.kind", contains("RAISED", "ESCALATED", "RESOLVED"));

        escalate(id, 2).then().spec(problem(409, "conflict"))
                .body("detail", containsString("only an OPEN barrier can be escalated"))
                .body("errors.field", contains("status"));
        decline(id, 2).then().spec(problem(409, "conflict"))
                .body("detail", containsString("already RESOLVED"));
    }

    @Test
    void shouldDeclineOnceAndRefuseASecondDecision() {
        String id = raise(bradford).path("id");
        decline(id, 0).then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("decision", equalTo("The ring-fence stays"))
                .body("history.kind", contains("RAISED", "DECLINED"));

        decline(id, 1).then().spec(problem(409, "conflict")).body("detail", containsString("already DECLINED"));
    }

    @Test
    void shouldRequireIfMatchToMoveABarrier() {
        String id = raise(bradford).path("id");
        given().contentType(ContentType.JSON).body("{\"reason\":\"stuck\"}")
                .when().post("/barriers/" + id + "/escalate")
                .then().spec(problem(428, "precondition-required"));
        given().get("/barriers/" + id).then().body("tier", equalTo("PILOT"));
    }

    @Test
    void shouldRefuseAMoveOnAStaleReading() {
        String id = raise(bradford).path("id");
        escalate(id, 0).then().statusCode(200);
        escalate(id, 0).then().spec(problem(412, "precondition-failed"));
        given().get("/barriers/" + id).then().body("tier", equalTo("GOVERNMENT_OFFICE"));
    }

    @Test
    void shouldAnswer404ForAnUnknownBarrier() {
        given().get("/barriers/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        escalate(UUID.randomUUID().toString(), 0).then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldFilterTheListByPilotTierStatusAndCategory() {
        String atPilot = raise(bradford).path("id");
        String escalated = raise(bradford).path("id");
        escalate(escalated, 0).then().statusCode(200);
        UUID other = pilots.known("Leicester and Leicestershire");
        raise(other);

        given().queryParam("pilotId", bradford.toString()).get("/barriers").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2));
        given().queryParam("pilotId", bradford.toString()).queryParam("tier", "GOVERNMENT_OFFICE")
                .get("/barriers").then().body("items.id", contains(escalated));
        given().queryParam("pilotId", bradford.toString()).queryParam("status", "OPEN")
                .queryParam("category", "FUNDING_RULES").queryParam("sort", "tier")
                .get("/barriers").then().body("items.id", contains(escalated, atPilot));
        given().queryParam("pilotId", bradford.toString()).queryParam("category", "CULTURE")
                .get("/barriers").then().body("total", equalTo(0));
        given().queryParam("pilotId", bradford.toString()).queryParam("size", 1)
                .get("/barriers").then().header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldRejectAnUnknownTierFilter() {
        given().queryParam("tier", "CABINET").get("/barriers").then().spec(problem(400, "validation"));
    }

    private ExtractableResponse<Response> raise(UUID pilotId) {
        return given().contentType(ContentType.JSON).body(body(pilotId))
                .when().post("/barriers")
                .then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .extract();
    }

    private static Response escalate(String id, long version) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"reason\":\"The Government Office cannot vary the grant\"}")
                .when().post("/barriers/" + id + "/escalate");
    }

    private static Response decline(String id, long version) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"decision\":\"The ring-fence stays\"}")
                .when().post("/barriers/" + id + "/decline");
    }

    private static String body(UUID pilotId) {
        return """
                {"pilotId":"%s","title":"Ring-fenced drug treatment funding cannot be pooled",
                 "description":"Eleven funding streams, each with its own conditions",
                 "category":"FUNDING_RULES","owningDepartment":"Home Office",
                 "evidence":"Count of 2008-09 spend on substance misuse"}""".formatted(pilotId);
    }
}
