package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InterdependencyResourceTest {

    private static final String OEP = """
            {"programme":"Operational Efficiency Programme","description":"%s","owner":"HM Treasury","nature":"%s"}""";

    @Test
    void shouldRecordAnInterdependencyWithLocationAndEtag() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(OEP.formatted("Asset review uses the counts", "MUTUAL"))
                .when().post("/interdependencies")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("programme", equalTo("Operational Efficiency Programme"))
                .body("nature", equalTo("MUTUAL"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/interdependencies/" + id);
        given().get("/interdependencies/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().queryParam("size", 200).get("/interdependencies").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldReplaceOnlyWithTheCurrentEtag() {
        String id = given().contentType(ContentType.JSON)
                .body(OEP.formatted("Asset review uses the counts", "MUTUAL"))
                .when().post("/interdependencies").then().statusCode(201).extract().path("id");
        String replacement = OEP.formatted("Total Place needs the OEP's back-office benchmarks", "DEPENDS_ON");

        given().contentType(ContentType.JSON).body(replacement).put("/interdependencies/" + id)
                .then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(replacement)
                .put("/interdependencies/" + id)
                .then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement)
                .put("/interdependencies/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("nature", equalTo("DEPENDS_ON"))
                .body("description", equalTo("Total Place needs the OEP's back-office benchmarks"));
    }

    @Test
    void shouldRejectAnUnknownNatureNamingTheField() {
        given().contentType(ContentType.JSON).body(OEP.formatted("x", "SOMETIMES"))
                .when().post("/interdependencies")
                .then().statusCode(400)
                .body("errors.field", hasItem("nature"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownInterdependency() {
        given().get("/interdependencies/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
    }
}
