package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;
import org.totalplace.governance.support.Registers;

/** Decisions over HTTP: only at a held meeting whose minutes are not approved, on an item of its own agenda. */
@QuarkusTest
class DecisionResourceTest {

    private static final LocalDate DAY = LocalDate.of(2009, 10, 14);

    @Inject
    HeldMeetings held;

    private String groupId;
    private String meetingId;
    private String itemId;

    @BeforeEach
    void aMeetingWithOneAddedItem() {
        groupId = Meetings.group("OTHER", "MONTHLY");
        meetingId = Meetings.oneOff(groupId, DAY);
        itemId = Records.item(meetingId, "Place-based budgets");
    }

    @Test
    void shouldRefuseADecisionAtAMeetingThatWasNotQuorate() {
        String chair = Registers.member(groupId, "Sir Michael Bichard", "CHAIR", null, DAY.minusMonths(1), null);
        Registers.record(meetingId, Registers.register(List.of(Registers.entry(chair, "APOLOGIES", null))))
                .statusCode(200);
        Registers.hold(meetingId).statusCode(200).body("quorate", equalTo(false));

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","text":"Officials back the 45 expressions of interest"}""".formatted(itemId))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("quorate"))
                .body("detail", containsString("not quorate"));
        given().get("/meetings/" + meetingId + "/decisions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRecordADecisionOnAnItemOfAHeldMeetingAndMoveTheMeetingsVersion() {
        held.hold(meetingId);
        String before = Meetings.etag(meetingId);

        String location = given().contentType(ContentType.JSON).header("If-Match", before)
                .body("""
                        {"agendaItemId":"%s","text":"  Officials back the 45 expressions of interest  "}""".formatted(itemId))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().statusCode(201)
                .header("ETag", equalTo("\"" + (version(before) + 1) + "\""))
                .body("meetingId", equalTo(meetingId))
                .body("groupId", equalTo(groupId))
                .body("agendaItemId", equalTo(itemId))
                .body("itemPosition", equalTo(1))
                .body("itemTitle", equalTo("Place-based budgets"))
                .body("barrierId", nullValue())
                .body("text", equalTo("Officials back the 45 expressions of interest"))
                .body("meetingDate", equalTo("2009-10-14"))
                .extract().header("Location");

        String groupName = given().get("/groups/" + groupId).then().extract().path("name");
        given().get(location).then().statusCode(200)
                .body("reference", equalTo(groupName + ", 14 October 2009, item 1"));
        given().get("/meetings/" + meetingId).then().header("ETag", equalTo("\"" + (version(before) + 1) + "\""));
    }

    @Test
    void shouldListAMeetingsDecisionsInTheOrderTheyWereRecorded() {
        held.hold(meetingId);
        String first = Records.decision(meetingId, itemId, "First");
        String second = Records.decision(meetingId, itemId, "Second");

        given().get("/meetings/" + meetingId + "/decisions").then().statusCode(200)
                .body("items.id", contains(first, second))
                .body("total", equalTo(2));
    }

    @Test
    void shouldRefuseADecisionAtAMeetingNotYetHeld() {
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","text":"Too early"}""".formatted(itemId))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the meeting is SCHEDULED; a decision is recorded only at a meeting that was HELD"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRefuseADecisionOnceTheMinutesAreApproved() {
        held.hold(meetingId);
        held.approveMinutes(meetingId);

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","text":"Too late"}""".formatted(itemId))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("minutesStatus"))
                .body("detail", endsWith("record the decision at a later meeting"));
    }

    @Test
    void shouldRefuseAnItemOfAnotherMeetingNamingAgendaItemId() {
        String other = Records.item(Meetings.oneOff(groupId, DAY.plusDays(1)), "Elsewhere");
        held.hold(meetingId);

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","text":"Wrong item"}""".formatted(other))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("agendaItemId"));
    }

    @Test
    void shouldNeedTheMeetingsCurrentETag() {
        held.hold(meetingId);
        String body = """
                {"agendaItemId":"%s","text":"Stale"}""".formatted(itemId);

        given().contentType(ContentType.JSON).body(body).when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldAnswer404ForAnUnknownDecisionOrMeeting() {
        given().get("/decisions/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/meetings/" + UUID.randomUUID() + "/decisions").then().spec(problem(404, "not-found"));
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }
}
