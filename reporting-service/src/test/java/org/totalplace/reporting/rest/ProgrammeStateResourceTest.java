package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** GET /programme-state: how asOf is read, and refused. */
@QuarkusTest
class ProgrammeStateResourceTest {

    @Test
    void shouldRefuseAnAsOfThatIsNeitherADateNorATimestampWithAProblem() {
        given().accept("application/json").queryParam("asOf", "5 Feb 2010").get("/programme-state")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("status", equalTo(400))
                .body("detail", containsString("asOf must be a date"))
                .body("instance", equalTo("/programme-state"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("'5 Feb 2010'"));
    }

    @Test
    void shouldRefuseATimestampWithoutAnOffset() {
        given().accept("application/json").queryParam("asOf", "2010-02-05T00:00:00").get("/programme-state")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void shouldReadADateAsTheEndOfThatDayInUtc() {
        given().accept("application/json").queryParam("asOf", "2010-02-05").get("/programme-state")
                .then().statusCode(200).contentType("application/json")
                .body("asOf", equalTo("2010-02-05T23:59:59.999999999Z"));
        given().accept("application/json").queryParam("asOf", "2010-02-05T01:00:00+01:00").get("/programme-state")
                .then().statusCode(200)
                .body("asOf", equalTo("2010-02-05T00:00:00Z"));
    }

    @Test
    void shouldAnswerAsOfNowWithoutAsOf() {
        given().accept("application/json").get("/programme-state")
                .then().statusCode(200).contentType("application/json")
                .body("pilots", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldDocumentTheJournalOperations() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/programme-state'.get.operationId", equalTo("getProgrammeState"))
                .body("paths.'/journal/rebuild'.post.operationId", equalTo("rebuildJournal"))
                .body("paths.'/programme-state'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        containsString("Problem"));
    }
}
