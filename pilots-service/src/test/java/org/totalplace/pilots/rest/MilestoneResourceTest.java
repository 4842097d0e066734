package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;
import static org.totalplace.pilots.support.TimetableCalls.changeMilestone;
import static org.totalplace.pilots.support.TimetableCalls.planMilestone;
import static org.totalplace.pilots.support.TimetableCalls.registerPilot;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.StoredRows;

@QuarkusTest
class MilestoneResourceTest {

    /** The day the Pre-Budget Report submissions were due. */
    private static final Instant PBR_DUE_DAY = Instant.parse("2009-09-04T10:00:00Z");

    @Inject
    StoredRows rows;

    @BeforeEach
    void setTheClock() {
        setClock(PBR_DUE_DAY);
    }

    @Test
    void shouldPlanAMilestoneAndReadItBack() {
        String pilot = registerPilot();

        Response planned = planMilestone(pilot, "  Count agreed by the   leaders of every public body ", 1, "2009-09-01");
        String id = planned.path("id");

        planned.then().statusCode(201)
                .header("Location", endsWith("/pilots/" + pilot + "/milestones/" + id))
                .header("ETag", "\"0\"")
                .body("pilotId", equalTo(pilot))
                .body("title", equalTo("Count agreed by the leaders of every public body"))
                .body("phase", equalTo(1))
                .body("dueDate", equalTo("2009-09-01"))
                .body("status", equalTo("PLANNED"))
                .body("metOn", nullValue());
        given().get(planned.header("Location")).then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id));
        given().header("If-None-Match", "\"0\"").get(planned.header("Location")).then().statusCode(304);
    }

    @Test
    void shouldCallAPlannedMilestoneOverdueOnlyOnceItsDueDateHasPassed() {
        String pilot = registerPilot();
        String location = planMilestone(pilot, "Pre-Budget Report submission summarised", 1, "2009-09-04").header("Location");

        given().get(location).then().body("overdue", equalTo(false));
        setClock(PBR_DUE_DAY.plusSeconds(24 * 3600));
        given().get(location).then().body("overdue", equalTo(true));
        setClock(PBR_DUE_DAY.minusSeconds(24 * 3600));
        given().get(location).then().body("overdue", equalTo(false));
    }

    @Test
    void shouldNoLongerCallAMilestoneOverdueOnceItIsMet() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Spending map drawn", 1, "2009-08-01").path("id");
        given().get("/pilots/{p}/milestones/{m}", pilot, id).then().body("overdue", equalTo(true));

        changeMilestone(pilot, id, Map.of("status", "MET", "metOn", "2009-08-14"), "\"0\"").then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("MET"))
                .body("metOn", equalTo("2009-08-14"))
                .body("overdue", equalTo(false));
    }

    @Test
    void shouldReviseTheTitleAndDueDateOfAPlannedMilestone() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Working groups formed", 2, "2009-11-01").path("id");

        changeMilestone(pilot, id, Map.of("title", "Barrier working groups formed", "dueDate", "2009-11-30"), "\"0\"")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Barrier working groups formed"))
                .body("dueDate", equalTo("2009-11-30"))
                .body("phase", equalTo(2))
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldTakeThePatchAsPlainJsonToo() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Final report drafted", 2, "2010-01-29").path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "MISSED"))
                .patch("/pilots/{p}/milestones/{m}", pilot, id).then()
                .statusCode(200).body("status", equalTo("MISSED")).body("metOn", nullValue());
    }

    @Test
    void shouldRefuseToChangeTheOutcomeOfAMetMilestone() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");
        changeMilestone(pilot, id, Map.of("status", "MET", "metOn", "2009-09-01"), "\"0\"").then().statusCode(200);
        long events = rows.outboxRowsAbout(UUID.fromString(pilot));

        changeMilestone(pilot, id, Map.of("status", "MISSED"), "\"1\"").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the milestone is MET, which is final; it cannot become MISSED"))
                .body("errors[0].field", equalTo("status"));
        changeMilestone(pilot, id, Map.of("status", "PLANNED"), "\"1\"").then().spec(problem(409, "conflict"));
        changeMilestone(pilot, id, Map.of("status", "MET", "metOn", "2009-09-02"), "\"1\"").then()
                .spec(problem(409, "conflict")).body("detail", containsString("already MET"));
        assertThat(rows.outboxRowsAbout(UUID.fromString(pilot))).isEqualTo(events);
    }

    @Test
    void shouldRefuseToReviseAMissedMilestone() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");
        changeMilestone(pilot, id, Map.of("status", "MISSED"), "\"0\"").then().statusCode(200);

        changeMilestone(pilot, id, Map.of("title", "Count agreed at last"), "\"1\"").then().spec(problem(409, "conflict"))
                .body("detail", containsString("MISSED and its record is final"))
                .body("errors[0].field", equalTo("status"));
        changeMilestone(pilot, id, Map.of("dueDate", "2009-12-01"), "\"1\"").then().spec(problem(409, "conflict"));
        given().get("/pilots/{p}/milestones/{m}", pilot, id).then().header("ETag", "\"1\"")
                .body("title", equalTo("Count agreed")).body("dueDate", equalTo("2009-09-01"));
    }

    @Test
    void shouldRefuseAMetMilestoneWithoutTheDateItWasMet() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");

        changeMilestone(pilot, id, Map.of("status", "MET"), "\"0\"").then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("metOn"))
                .body("errors[0].message", equalTo("a MET milestone needs the date it was met"));
        changeMilestone(pilot, id, Map.of("metOn", "2009-09-01"), "\"0\"").then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("metOn"));
        given().get("/pilots/{p}/milestones/{m}", pilot, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseAMilestoneMetAfterToday() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");

        changeMilestone(pilot, id, Map.of("status", "MET", "metOn", "2009-09-05"), "\"0\"").then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("metOn"))
                .body("errors[0].message", equalTo("cannot be after today (2009-09-04)"));
    }

    @Test
    void shouldRequireIfMatchToChangeAMilestone() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");

        changeMilestone(pilot, id, Map.of("status", "MISSED"), null).then().spec(problem(428, "precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().get("/pilots/{p}/milestones/{m}", pilot, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRefuseAMilestoneChangeMadeOnAStaleETag() {
        String pilot = registerPilot();
        String id = planMilestone(pilot, "Count agreed", 1, "2009-09-01").path("id");
        changeMilestone(pilot, id, Map.of("title", "Count agreed by all"), "\"0\"").then().statusCode(200);

        changeMilestone(pilot, id, Map.of("status", "MISSED"), "\"0\"").then().spec(problem(412, "precondition-failed"));
        given().get("/pilots/{p}/milestones/{m}", pilot, id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void shouldRejectAMilestoneWithoutTitlePhaseOrDueDate() {
        String pilot = registerPilot();

        planMilestone(pilot, " ", 3, "2009-09-01").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("phase", "title")));
        given().contentType(ContentType.JSON).body(Map.of("title", "Count", "phase", 1, "dueDate", "1st September"))
                .post("/pilots/{id}/milestones", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("dueDate"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Count", "phase", 1))
                .post("/pilots/{id}/milestones", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("dueDate"));
        changeMilestone(pilot, planMilestone(pilot, "Count", 1, "2009-09-01").path("id"), Map.of("status", "DONE"), "\"0\"")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of: PLANNED, MET, MISSED"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPilotOrMilestone() {
        String pilot = registerPilot();

        planMilestone("no-such-pilot", "Count", 1, "2009-09-01").then().spec(problem(404, "not-found"));
        given().get("/pilots/{p}/milestones/{m}", pilot, UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/pilots/{p}/milestones/{m}", pilot, "not-a-uuid").then().spec(problem(404, "not-found"));
        String elsewhere = planMilestone(registerPilot(), "Someone else's", 1, "2009-09-01").path("id");
        given().get("/pilots/{p}/milestones/{m}", pilot, elsewhere).then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldListAPilotsMilestonesByDueDateAPageAtATime() {
        String pilot = registerPilot();
        planMilestone(pilot, "Third", 2, "2010-01-15").then().statusCode(201);
        planMilestone(pilot, "First", 1, "2009-07-01").then().statusCode(201);
        planMilestone(pilot, "Second", 1, "2009-09-01").then().statusCode(201);

        Response first = given().queryParam("size", 2).get("/pilots/{id}/milestones", pilot);
        first.then().statusCode(200).body("total", equalTo(3)).body("items.title", equalTo(List.of("First", "Second")))
                .body("items.overdue", equalTo(List.of(true, true)))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("size", 2).queryParam("page", 1).get("/pilots/{id}/milestones", pilot).then()
                .body("items.title", equalTo(List.of("Third"))).body("items[0].overdue", equalTo(false));
        given().queryParam("sort", "-title").get("/pilots/{id}/milestones", pilot).then()
                .body("items.title", equalTo(List.of("Third", "Second", "First")));
        given().queryParam("sort", "status").get("/pilots/{id}/milestones", pilot).then()
                .spec(problem(400, "validation")).body("errors[0].field", equalTo("sort"));
    }

    private static void setClock(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
