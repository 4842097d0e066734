package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.totalplace.testkit.TestTokens;

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

    @ParameterizedTest
    @ValueSource(strings = {"/reports/pbr-summary", "/reports/fortnightly-update?from=2009-09-16&to=2009-09-30",
            "/reports/pilot-comparison?financialYear=2009-10"})
    void shouldServeEveryReportWithoutAToken(String path) {
        int status = given().auth().none().get(path).then().extract().statusCode();

        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void refusesEveryOtherEndpointWithoutAToken() {
        given().auth().none().get("/programme").then().statusCode(401).contentType("application/problem+json");
        given().auth().none().get("/programme/pilots/lewisham").then().statusCode(401);
        given().auth().none().get("/programme-state").then().statusCode(401);
        given().auth().none().get("/webhook-subscriptions").then().statusCode(401);
        given().auth().none().get("/audit-entries?recordType=webhook_subscription").then().statusCode(401);
        given().auth().none().post("/journal/rebuild").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldStillApplyTheRoleTableToCallersWithAToken() {
        String reader = TestTokens.forRole("reader", List.of(), null);

        given().auth().oauth2(reader).get("/reports/budget?financialYear=2009-10").then().statusCode(200);
        given().auth().oauth2(reader).get("/programme").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnythingButReadingTheReportsWithoutAToken() {
        given().auth().none().contentType("application/json").body("{}").post("/reports/budget").then()
                .statusCode(401);
    }
}
