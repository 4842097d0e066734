package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.BearerTokenContract;
import org.totalplace.testkit.TestTokens;

/** Every endpoint but health, metrics and the API description needs a valid bearer token (the contract), here too. */
@QuarkusTest
class AuthenticationTest extends BearerTokenContract {

    @Override
    protected String protectedPath() {
        return "/pilots";
    }

    @Test
    void refusesTheEventDocumentsWithoutAValidTokenAsProblems() {
        given().auth().none().get("/asyncapi.yaml").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:totalplace:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.signedByAnotherKey()).get("/schemas/totalplace.pilots.pilot-registered.v1.json")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
    }
}
