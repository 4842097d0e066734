package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** totalplace.reports.public=true: published reports are readable without a token; nothing else is. */
@QuarkusTest
@TestProfile(PublicReportsTest.PublicReports.class)
class PublicReportsTest {

    public static class PublicReports implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("totalplace.reports.public", "true");
        }
    }

    @Test
    void shouldServeTheReportsIndexWithoutAToken() {
        given().auth().none().get("/reports").then().statusCode(200);
        given().auth().none().accept("text/html").get("/reports").then().statusCode(200).contentType("text/html");
    }

    @Test
    void shouldServeAReportWithoutAToken() {
        given().auth().none().get("/reports/budget?financialYear=2009-10").then().statusCode(200)
                .body("financialYear", equalTo("2009-10"));
    }

    @Test
    void refusesEveryOtherEndpointWithoutAToken() {
        given().auth().none().get("/programme").then().statusCode(401).contentType("application/problem+json");
        given().auth().none().post("/journal/rebuild").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesAnythingButReadingTheReportsWithoutAToken() {
        given().auth().none().contentType("application/json").body("{}").post("/reports/budget").then()
                .statusCode(401);
    }
}
