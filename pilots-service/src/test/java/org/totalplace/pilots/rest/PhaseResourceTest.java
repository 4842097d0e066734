package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.pilots.support.Problems.problem;
import static org.totalplace.pilots.support.TimetableCalls.movePhase;
import static org.totalplace.pilots.support.TimetableCalls.registerPilot;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.StoredRows;

@QuarkusTest
class PhaseResourceTest {

    @Inject
    StoredRows rows;

    @Test
    void shouldStartEveryNewPilotInPhaseOne() {
        String pilot = registerPilot();

        given().get("/pilots/{id}", pilot).then().statusCode(200).body("phase", equalTo(1));
    }

    @Test
    void shouldMoveAPilotToPhaseTwoWithTheCurrentETag() {
        String pilot = registerPilot();

        movePhase(pilot, 2, "\"0\"").then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("phase", equalTo(2))
                .body("version", equalTo(1));
        given().get("/pilots/{id}", pilot).then().header("ETag", "\"1\"").body("phase", equalTo(2));
    }

    @Test
    void shouldRefuseToMoveAPilotBackFromPhaseTwoToPhaseOne() {
        String pilot = registerPilot();
        movePhase(pilot, 2, "\"0\"").then().statusCode(200);
        long events = rows.outboxRowsAbout(UUID.fromString(pilot));

        movePhase(pilot, 1, "\"1\"").then().spec(problem(409, "conflict"))
                .body("detail", containsString("cannot go back from phase 2"))
                .body("errors[0].field", equalTo("phase"))
                .body("errors[0].message", containsString("the phases follow one another"));
        given().get("/pilots/{id}", pilot).then().header("ETag", "\"1\"").body("phase", equalTo(2));
        assertThat(rows.outboxRowsAbout(UUID.fromString(pilot))).isEqualTo(events);
    }

    @Test
    void shouldChangeNothingWhenThePilotIsAlreadyInThePhase() {
        String pilot = registerPilot();
        long events = rows.outboxRowsAbout(UUID.fromString(pilot));

        movePhase(pilot, 1, "\"0\"").then().statusCode(200).header("ETag", "\"0\"").body("phase", equalTo(1));
        assertThat(rows.outboxRowsAbout(UUID.fromString(pilot))).isEqualTo(events);
    }

    @Test
    void shouldRequireIfMatchToMoveAPilot() {
        String pilot = registerPilot();

        movePhase(pilot, 2, null).then().spec(problem(428, "precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().get("/pilots/{id}", pilot).then().body("phase", equalTo(1));
    }

    @Test
    void shouldRefuseAMoveMadeOnAStaleETag() {
        String pilot = registerPilot();
        movePhase(pilot, 2, "\"0\"").then().statusCode(200);

        movePhase(pilot, 2, "\"0\"").then().spec(problem(412, "precondition-failed"))
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void shouldRejectAPhaseThatDoesNotExist() {
        String pilot = registerPilot();

        movePhase(pilot, 3, "\"0\"").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("phase"))
                .body("errors[0].message", equalTo("must be 1 (the count) or 2 (service redesign)"));
        movePhase(pilot, "two", "\"0\"").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPilot() {
        movePhase("no-such-pilot", 2, "\"0\"").then().spec(problem(404, "not-found"));
    }
}
