package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;

/** Actions over HTTP: recorded at a held meeting, listed with filters, closed once. */
@QuarkusTest
class ActionResourceTest {

    private static final LocalDate DAY = LocalDate.of(2009, 10, 14);

    @Inject
    HeldMeetings held;

    private String groupId;
    private String meetingId;
    private String itemId;

    @BeforeEach
    void aHeldMeetingWithOneItem() {
        groupId = Meetings.group("OTHER", "MONTHLY");
        meetingId = Meetings.oneOff(groupId, DAY);
        itemId = Records.item(meetingId, "Budget report");
        held.hold(meetingId);
    }

    @Test
    void shouldRecordAnOpenActionAndServeItWithItsETag() {
        String location = given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","description":"Draft the Budget chapter","owner":"HM Treasury",
                         "dueDate":"2009-11-30"}""".formatted(itemId))
                .when().post("/meetings/" + meetingId + "/actions")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("meetingId", equalTo(meetingId))
                .body("groupId", equalTo(groupId))
                .body("agendaItemId", equalTo(itemId))
                .body("decisionId", nullValue())
                .body("version", equalTo(0))
                .extract().header("Location");

        given().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("owner", equalTo("HM Treasury"))
                .body("dueDate", equalTo("2009-11-30"));
    }

    @Test
    void shouldTakeTheAgendaItemFromTheDecisionTheActionFollows() {
        String decisionId = Records.decision(meetingId, itemId, "Treasury to draft the chapter");

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"decisionId":"%s","description":"Draft it","owner":"HM Treasury","dueDate":"2009-11-30"}"""
                        .formatted(decisionId))
                .when().post("/meetings/" + meetingId + "/actions")
                .then().statusCode(201)
                .body("decisionId", equalTo(decisionId))
                .body("agendaItemId", equalTo(itemId));
    }

    @Test
    void shouldRefuseADecisionOfAnotherMeeting() {
        String otherMeeting = Meetings.oneOff(groupId, DAY.plusDays(7));
        String otherItem = Records.item(otherMeeting, "Other");
        held.hold(otherMeeting);
        String otherDecision = Records.decision(otherMeeting, otherItem, "Elsewhere");

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"decisionId":"%s","description":"Draft it","owner":"HM Treasury","dueDate":"2009-11-30"}"""
                        .formatted(otherDecision))
                .when().post("/meetings/" + meetingId + "/actions")
                .then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("decisionId"));
    }

    @Test
    void shouldRefuseAnActionDueBeforeTheMeeting() {
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"description":"Too late already","owner":"DWP","dueDate":"2009-10-13"}""")
                .when().post("/meetings/" + meetingId + "/actions")
                .then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("dueDate"));
    }

    @Test
    void shouldRefuseAnActionAtAMeetingNotHeld() {
        String scheduled = Meetings.oneOff(groupId, DAY.plusMonths(1));

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(scheduled))
                .body("""
                        {"description":"Not yet","owner":"DWP","dueDate":"2009-12-31"}""")
                .when().post("/meetings/" + scheduled + "/actions")
                .then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the meeting is SCHEDULED; an action is recorded only at a meeting that was HELD"));
    }

    @Test
    void shouldCompleteAnOpenActionOnceAndRefuseAnyLaterMoveWithTheReason() {
        String id = Records.action(meetingId, "Write to the pilots", "CLG", "2009-10-30");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"Sent on 20 October\"}")
                .when().post("/actions/" + id + "/complete")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("DONE"))
                .body("closingNote", equalTo("Sent on 20 October"))
                .body("closedAt", notNullValue());

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"note\":\"No longer needed\"}")
                .when().post("/actions/" + id + "/drop")
                .then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the action is already DONE; only an OPEN action can be dropped, and a closed "
                        + "action stays closed"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldDropAnActionOnlyWithANote() {
        String id = Records.action(meetingId, "Commission a study", "Cabinet Office", "2009-12-31");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post("/actions/" + id + "/drop")
                .then().spec(problem(400, "validation"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"Overtaken by the Budget\"}")
                .when().post("/actions/" + id + "/drop")
                .then().statusCode(200)
                .body("status", equalTo("DROPPED"))
                .body("closingNote", equalTo("Overtaken by the Budget"));
    }

    @Test
    void shouldNeedTheActionsETagToCloseIt() {
        String id = Records.action(meetingId, "Write to the pilots", "CLG", "2009-10-30");

        given().contentType(ContentType.JSON).body("{}").when().post("/actions/" + id + "/complete")
                .then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{}")
                .when().post("/actions/" + id + "/complete")
                .then().spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldListTheActionsOfAGroupByStatusAndOwnerIgnoringCase() {
        String dcsf = Records.action(meetingId, "Children's services data", "DCSF", "2009-11-15");
        String dh = Records.action(meetingId, "PCT spend lines", "DH", "2009-11-01");
        String done = Records.action(meetingId, "Done already", "DCSF", "2009-10-20");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post("/actions/" + done + "/complete").then().statusCode(200);

        given().queryParam("groupId", groupId).when().get("/actions").then().statusCode(200)
                .body("items.id", contains(done, dh, dcsf))
                .body("total", equalTo(3));
        given().queryParam("groupId", groupId).queryParam("status", "OPEN").when().get("/actions").then()
                .body("items.id", contains(dh, dcsf));
        given().queryParam("groupId", groupId).queryParam("owner", "dcsf").queryParam("sort", "-dueDate")
                .when().get("/actions").then()
                .body("items.id", contains(dcsf, done));
        given().queryParam("groupId", "no-such-group").when().get("/actions").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("status", "LATE").when().get("/actions").then().spec(problem(400, "validation"));
    }

    @Test
    void shouldAnswer404ForAnUnknownAction() {
        given().get("/actions/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post("/actions/" + UUID.randomUUID() + "/complete").then().spec(problem(404, "not-found"));
    }
}
