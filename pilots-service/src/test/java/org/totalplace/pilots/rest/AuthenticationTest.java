package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.totalplace.testkit.TestTokens;

/** Every endpoint but health, metrics and the API description needs a valid bearer token. */
@QuarkusTest
class AuthenticationTest {

    private static final String PROTECTED = "/pilots";

    @Test
    void refusesARequestWithoutATokenAsProblemWithABearerChallenge() {
        given().auth().none().get(PROTECTED).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:totalplace:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(PROTECTED));
    }

    @Test
    void refusesAWriteWithoutATokenBeforeReadingTheBody() {
        given().auth().none().contentType("application/json").body("{}").post(PROTECTED).then()
                .statusCode(401)
                .contentType("application/problem+json");
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

    @Test
    void refusesAnExpiredToken() {
        assertInvalidToken(TestTokens.expired());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertInvalidToken(TestTokens.fromAnotherIssuer());
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertInvalidToken(TestTokens.signedByAnotherKey());
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        assertInvalidToken("not-a-jwt");
    }

    @Test
    void shouldAnswerAValidTokenOfAnyRole() {
        given().auth().oauth2(TestTokens.forRole("reader", List.of(), null)).get(PROTECTED).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("pilot-lead", List.of("lewisham"), "London")).get(PROTECTED).then()
                .statusCode(200);
    }

    @Test
    void shouldSendTheProgrammeOfficeTokenByDefaultInTests() {
        given().get(PROTECTED).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi",
            "/q/openapi?format=json", "/q/swagger-ui/"})
    void shouldLeaveHealthMetricsAndTheApiDescriptionOpen(String path) {
        given().auth().none().get(path).then().statusCode(200);
    }

    @Test
    void shouldDescribeTheBearerTokenInTheOpenApiDocument() {
        given().auth().none().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("security[0].bearer", equalTo(List.of()));
    }

    private static void assertInvalidToken(String token) {
        given().auth().oauth2(token).get(PROTECTED).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:totalplace:problem:unauthenticated"))
                .body("detail", not(containsString(token)));
    }
}
