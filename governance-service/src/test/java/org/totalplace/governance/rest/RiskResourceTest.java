package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.StoredRows;

@QuarkusTest
class RiskResourceTest {

    @Inject
    StoredRows rows;

    private static final String RISK = """
            {"kind":"RISK","title":"Departments do not release spend data in time","description":"The count needs it",
             "probability":%d,"impact":%d,"owner":"%s","mitigation":"Escalate to the officials' group",
             "reviewDate":"%s"}""";

    @Test
    void shouldComputeScoreAndRagWhenRecordingARisk() {
        String owner = uniqueOwner();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(RISK.formatted(4, 4, owner, "2009-10-15"))
                .when().post("/risks")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("RISK"))
                .body("probability", equalTo(4))
                .body("impact", equalTo(4))
                .body("score", equalTo(16))
                .body("rag", equalTo("RED"))
                .body("status", equalTo("OPEN"))
                .body("reviewDate", equalTo("2009-10-15"))
                .body("closedReason", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/risks/" + id);
        assertThat(rows.outboxRowsAbout(UUID.fromString(id))).isOne();

        given().get("/risks/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("score", equalTo(16)).body("owner", equalTo(owner));
    }

    @Test
    void shouldRateAmberAndGreenByTheThresholds() {
        String owner = uniqueOwner();
        given().contentType(ContentType.JSON).body(RISK.formatted(2, 4, owner, "2009-10-15"))
                .when().post("/risks").then().statusCode(201).body("score", equalTo(8)).body("rag", equalTo("AMBER"));
        given().contentType(ContentType.JSON).body(RISK.formatted(1, 5, owner, "2009-10-15"))
                .when().post("/risks").then().statusCode(201).body("score", equalTo(5)).body("rag", equalTo("GREEN"));

        given().queryParam("owner", owner.toUpperCase()).queryParam("rag", "AMBER").get("/risks").then()
                .statusCode(200).body("total", equalTo(1)).body("items.score", contains(8));
    }

    @Test
    void shouldRecordAnIssueWithoutProbabilityScoredAsCertain() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"ISSUE","title":"Ring-fenced grant cannot be pooled","impact":3,
                         "owner":"%s","reviewDate":"2009-11-01"}""".formatted(uniqueOwner()))
                .when().post("/risks")
                .then().statusCode(201)
                .body("kind", equalTo("ISSUE"))
                .body("probability", nullValue())
                .body("score", equalTo(15))
                .body("rag", equalTo("RED"));
    }

    @Test
    void shouldRejectAnIssueWithAProbability() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"ISSUE","title":"Ring-fenced grant cannot be pooled","probability":2,"impact":3,
                         "owner":"Programme office","reviewDate":"2009-11-01"}""")
                .when().post("/risks")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("probability"))
                .body("detail", containsString("already happened"));
    }

    @Test
    void shouldRejectARiskWithoutAProbability() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"RISK","title":"Data late","impact":3,"owner":"Programme office",
                         "reviewDate":"2009-11-01"}""")
                .when().post("/risks")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("probability"));
    }

    @Test
    void shouldRejectAProbabilityOutsideOneToFiveNamingTheField() {
        given().contentType(ContentType.JSON).body(RISK.formatted(6, 3, "Programme office", "2009-10-15"))
                .when().post("/risks")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("probability"));
    }

    @Test
    void shouldRecomputeScoreOnReplaceAndAskForIfMatch() {
        String owner = uniqueOwner();
        String id = record(owner, 2, 2, "2009-10-15");

        given().contentType(ContentType.JSON).body(RISK.formatted(5, 4, owner, "2009-10-15"))
                .when().put("/risks/" + id)
                .then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(RISK.formatted(5, 4, owner, "2009-10-15"))
                .when().put("/risks/" + id)
                .then().spec(problem(412, "precondition-failed"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(RISK.formatted(5, 4, owner, "2009-10-15"))
                .when().put("/risks/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("score", equalTo(20))
                .body("rag", equalTo("RED"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldMakeClosingFinalSoAnyLaterChangeIsAConflict() {
        String owner = uniqueOwner();
        String id = record(owner, 3, 3, "2009-10-15");

        given().contentType(ContentType.JSON).body("""
                        {"reason":"The departments released the data on 12 October"}""")
                .when().post("/risks/" + id + "/close")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("The departments released the data on 12 October"))
                .body("closedAt", notNullValue());

        given().contentType(ContentType.JSON).body("""
                        {"reason":"again"}""")
                .when().post("/risks/" + id + "/close")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("status"))
                .body("detail", containsString("CLOSED, which is final"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(RISK.formatted(1, 1, owner, "2009-10-15"))
                .when().put("/risks/" + id)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("final"));
        given().get("/risks/" + id).then().statusCode(200).body("score", equalTo(9));
    }

    @Test
    void shouldListOnlyOpenEntriesWhoseReviewIsDueByTheClocksToday() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2009-10-15T10:00:00Z"), ZoneOffset.UTC), Clock.class);
        String owner = uniqueOwner();
        String dueEarlier = record(owner, 3, 3, "2009-10-01");
        String dueToday = record(owner, 3, 3, "2009-10-15");
        record(owner, 3, 3, "2009-10-16");
        String closed = record(owner, 3, 3, "2009-10-02");
        given().contentType(ContentType.JSON).body("{\"reason\":\"Mitigated\"}")
                .post("/risks/" + closed + "/close").then().statusCode(200);

        given().queryParam("owner", owner).queryParam("reviewDue", "true").queryParam("sort", "reviewDate")
                .get("/risks").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(dueEarlier, dueToday));
        given().queryParam("owner", owner).get("/risks").then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void shouldPageTheListWithLinks() {
        String owner = uniqueOwner();
        for (int i = 0; i < 3; i++) {
            record(owner, 1, i + 1, "2009-10-15");
        }
        given().queryParam("owner", owner).queryParam("size", 2).queryParam("sort", "score")
                .get("/risks").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("total", equalTo(3))
                .body("items.score", contains(1, 2));
    }

    @Test
    void shouldRejectUnknownFilterValuesNamingTheParameter() {
        given().queryParam("rag", "PURPLE").get("/risks").then().spec(problem(400, "validation"))
                .body("errors.field", contains("rag"));
        given().queryParam("reviewDue", "soon").get("/risks").then().spec(problem(400, "validation"))
                .body("errors.field", contains("reviewDue"));
        given().queryParam("sort", "owner").get("/risks").then().spec(problem(400, "validation"))
                .body("errors.field", contains("sort"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownRisk() {
        given().get("/risks/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/risks/not-a-uuid").then().spec(problem(404, "not-found"));
    }

    private static String record(String owner, int probability, int impact, String reviewDate) {
        return given().contentType(ContentType.JSON).body(RISK.formatted(probability, impact, owner, reviewDate))
                .when().post("/risks").then().statusCode(201).extract().path("id");
    }

    private static String uniqueOwner() {
        return "Owner " + UUID.randomUUID().toString().substring(0, 8);
    }
}
