package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.BearerTokenContract;

/** Every endpoint but health, metrics and the API description needs a valid bearer token (the contract), here too. */
@QuarkusTest
class AuthenticationTest extends BearerTokenContract {

    @Override
    protected String protectedPath() {
        return "/reports";
    }

    @Test
    void refusesTheReportsWithoutATokenUnlessTheyArePublic() {
        given().auth().none().get("/reports").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().none().get("/reports/budget?financialYear=2009-10").then().statusCode(401);
    }
}
