package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void shouldAnswerAnUnknownPilotCodeWithANotFoundProblem() {
        given().accept("application/json")
                .get("/programme/pilots/{idOrCode}", "atlantis")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:totalplace:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("atlantis"))
                .body("instance", equalTo("/programme/pilots/atlantis"));
    }

    @Test
    void shouldAnswerAnUnknownPilotIdWithANotFoundProblem() {
        UUID id = UUID.randomUUID();
        given().get("/programme/pilots/{idOrCode}", id)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:totalplace:problem:not-found"))
                .body("detail", containsString(id.toString()));
    }

    @Test
    void shouldAnswerTheProgrammeWithAllItsSectionsEvenWhenNothingIsKnown() {
        given().get("/programme")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("$", hasKey("pilots"))
                .body("$", hasKey("programmeGroups"))
                .body("$", hasKey("unassignedGroups"))
                .body("$", hasKey("unassignedSpend"))
                .body("$", hasKey("totals"));
    }

    @Test
    void shouldRefuseToAnswerInAnythingButJson() {
        given().accept("application/xml")
                .get("/programme")
                .then().statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:totalplace:problem:not-acceptable"));
    }

    @Test
    void shouldRefuseWritesWithAMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}")
                .post("/programme")
                .then().statusCode(405)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:totalplace:problem:method-not-allowed"));
    }

    @Test
    void shouldDescribeEveryOperationInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/programme'.get.operationId", equalTo("getProgramme"))
                .body("paths.'/programme'.get.responses", hasKey("500"))
                .body("paths.'/programme/pilots/{idOrCode}'.get.operationId", equalTo("getProgrammePilot"))
                .body("paths.'/programme/pilots/{idOrCode}'.get.responses.'404'.content", hasKey("application/problem+json"));
    }
}
