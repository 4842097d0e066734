package org.totalplace.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every service's authentication must do, the same in all four: a service's {@code AuthenticationTest}
 * extends this (as a {@code @QuarkusTest}) naming one endpoint that needs a token and answers 200 to a valid one,
 * and adds what is its own.
 */
public abstract class BearerTokenContract {

    /** A GET endpoint that needs a token and answers 200 to any valid one, e.g. {@code /pilots}. */
    protected abstract String protectedPath();

    @Test
    void refusesARequestWithoutATokenAsProblemWithABearerChallenge() {
        given().auth().none().get(protectedPath()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:totalplace:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(protectedPath()));
    }

    @Test
    void refusesAWriteWithoutATokenBeforeReadingTheBody() {
        given().auth().none().contentType("application/json").body("{}").post(protectedPath()).then()
                .statusCode(401)
                .contentType("application/problem+json");
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

    /** Authenticated is not allowed: a valid token of any role gets past authentication; its role decides the rest. */
    @Test
    void shouldAuthenticateAValidTokenOfAnyRole() {
        for (String role : AccessTable.ROLES) {
            given().auth().oauth2(TestTokens.forRole(role, List.of("lewisham"), "London")).get(protectedPath()).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(403)));
        }
    }

    @Test
    void shouldSendTheProgrammeOfficeTokenByDefaultInTests() {
        given().get(protectedPath()).then().statusCode(200);
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

    private void assertInvalidToken(String token) {
        given().auth().oauth2(token).get(protectedPath()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:totalplace:problem:unauthenticated"))
                .body("detail", not(containsString(token)));
    }
}
