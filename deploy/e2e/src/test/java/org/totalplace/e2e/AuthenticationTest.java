package org.totalplace.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.Keys;
import org.totalplace.launcher.ServiceSpec;
import org.totalplace.launcher.Tokens;

/**
 * The packaged services, started as ./deploy/run starts them, verify bearer tokens against the stack's key
 * pair: its tokens are accepted, none or another key's are refused, health stays open.
 */
class AuthenticationTest {

    /** A path of each service that needs a token. */
    private static final Map<ServiceSpec, String> PROTECTED = Map.of(
            ServiceSpec.PILOTS, "/pilots",
            ServiceSpec.GOVERNANCE, "/groups",
            ServiceSpec.SPEND, "/counting-rules",
            ServiceSpec.REPORTING, "/programme");

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void shouldAcceptTheStacksTokensInEveryService() {
        String moderator = system.stack().tokens().mint(
                new Tokens.Claims("moderator@example.gov.uk", "moderator", List.of(), null), Duration.ofMinutes(5));
        String reader = system.stack().tokens().mint(new Tokens.Claims("reader@example.gov.uk", "reader", List.of(), null),
                Duration.ofMinutes(5));
        PROTECTED.forEach((service, path) -> {
            given().get(system.url(service) + path).then().statusCode(200);
            given().auth().oauth2(moderator).get(system.url(service) + path).then().statusCode(200);
            // authenticated, but a reader reads published reports only: the role, not the token, is refused
            given().auth().oauth2(reader).get(system.url(service) + path).then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        });
        given().auth().oauth2(reader).get(system.url(ServiceSpec.REPORTING) + "/reports").then().statusCode(200);
    }

    @Test
    void refusesRequestsWithoutATokenOrWithAnotherKeysTokenInEveryService() {
        String forged = new Tokens(Keys.generate(), Tokens.DEFAULT_ISSUER).programmeOffice(Duration.ofMinutes(5));
        PROTECTED.forEach((service, path) -> {
            given().auth().none().get(system.url(service) + path).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", equalTo("urn:totalplace:problem:unauthenticated"));
            given().auth().oauth2(forged).get(system.url(service) + path).then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        });
    }

    @Test
    void shouldLeaveHealthAndTheApiDescriptionOpenInEveryService() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            given().auth().none().get(system.url(service) + "/q/health/ready").then().statusCode(200);
            given().auth().none().get(system.url(service) + "/q/openapi").then().statusCode(200);
        }
    }
}
