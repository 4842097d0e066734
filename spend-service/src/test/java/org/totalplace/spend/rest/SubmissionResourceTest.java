package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.Submissions;

/** Submissions over HTTP: opened as drafts, moved through moderation with If-Match, illegal moves refused. */
@QuarkusTest
class SubmissionResourceTest {

    private static io.restassured.response.ValidatableResponse move(String id, String ifMatch, String state) {
        var request = given().contentType(ContentType.JSON).body("{\"state\":\"" + state + "\"}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/submissions/{id}/state", id).then();
    }

    @Test
    void shouldOpenADraftWithAVersionedETagAndNoTotalYet() {
        UUID pilot = UUID.randomUUID();
        String id = Submissions.open(pilot, "Gateshead Council", "2010-11");

        given().when().get("/submissions/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("pilotId", equalTo(pilot.toString()))
                .body("body", equalTo("Gateshead Council"))
                .body("financialYear", equalTo("2010-11"))
                .body("state", equalTo("DRAFT"))
                .body("acceptedTotal.amount", equalTo("0.00"));
    }

    @Test
    void shouldListSubmissionsNewestFirstFilteredByPilotYearAndState() {
        UUID pilot = UUID.randomUUID();
        String gateshead = Submissions.open(pilot, "Gateshead Council", "2011-12");
        String pct = Submissions.open(pilot, "Gateshead PCT", "2011-12");
        String earlier = Submissions.open(pilot, "Gateshead Council", "2010-11");
        Submissions.open(UUID.randomUUID(), "Croydon Council", "2011-12");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"state\":\"SUBMITTED\"}")
                .when().put("/submissions/" + pct + "/state").then().statusCode(200);

        given().queryParam("pilotId", pilot.toString()).get("/submissions")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(earlier, pct, gateshead));
        given().queryParam("pilotId", pilot.toString()).queryParam("financialYear", "2011-12")
                .queryParam("state", "SUBMITTED").get("/submissions")
                .then().statusCode(200)
                .body("items.id", contains(pct))
                .body("items[0].acceptedTotal.amount", equalTo("0.00"));
        given().queryParam("pilotId", pilot.toString()).queryParam("size", 1).get("/submissions")
                .then().statusCode(200).header("Link", containsString("rel=\"next\""));
        given().queryParam("state", "APPROVED").get("/submissions")
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().queryParam("financialYear", "2011-13").get("/submissions")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
    }

    @Test
    void shouldMoveForwardOneStepAtATimeToAcceptedWhichIsFinal() {
        String id = Submissions.open();
        move(id, "\"0\"", "SUBMITTED").statusCode(200).header("ETag", "\"1\"").body("state", equalTo("SUBMITTED"));
        move(id, "\"1\"", "MODERATED").statusCode(200).header("ETag", "\"2\"");
        move(id, "\"2\"", "ACCEPTED").statusCode(200).body("state", equalTo("ACCEPTED"));

        move(id, "\"3\"", "DRAFT").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:conflict"))
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].message", equalTo("an ACCEPTED submission is final"));
    }

    @Test
    void shouldRefuseSkippingAStepAndAllowReturningToDraft() {
        String id = Submissions.open();
        move(id, "\"0\"", "MODERATED").statusCode(409)
                .body("detail", containsString("a DRAFT submission can move to SUBMITTED or back to DRAFT, not to MODERATED"));
        move(id, "\"0\"", "DRAFT").statusCode(409).body("detail", containsString("already DRAFT"));
        move(id, "\"0\"", "SUBMITTED").statusCode(200);
        move(id, "\"1\"", "DRAFT").statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void shouldNeedIfMatchAndRefuseAStaleOne() {
        String id = Submissions.open();
        move(id, null, "SUBMITTED").statusCode(428)
                .body("type", equalTo("urn:totalplace:problem:precondition-required"));
        move(id, "\"7\"", "SUBMITTED").statusCode(412)
                .body("type", equalTo("urn:totalplace:problem:precondition-failed"));
        move(id, "W/\"0\"", "SUBMITTED").statusCode(412);
        given().when().get("/submissions/{id}", id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseAnUnknownStateAndABadOpening() {
        String id = Submissions.open();
        move(id, "\"0\"", "APPROVED").statusCode(400).body("errors[0].field", equalTo("state"));
        given().contentType(ContentType.JSON)
                .body("{\"pilotId\":\"" + UUID.randomUUID() + "\",\"body\":\" \",\"financialYear\":\"2010-12\"}")
                .when().post("/submissions")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("body", "financialYear"));
    }

    @Test
    void shouldMoveTheETagWhenAnImportIsAdded() {
        String id = Submissions.open();
        Submissions.csvUpload(("Service,Ref,Period,Supplier,Amount,Date\nLibraries," + UUID.randomUUID()
                        + ",201101,BOOKS LTD,5.00,2011-04-02\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", id).then().statusCode(201);

        given().when().get("/submissions/{id}", id).then()
                .header("ETag", "\"1\"")
                .body("acceptedTotal.amount", equalTo("5.00"));
        move(id, "\"0\"", "SUBMITTED").statusCode(412);
    }
}
