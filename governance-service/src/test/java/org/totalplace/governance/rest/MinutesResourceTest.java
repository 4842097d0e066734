package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;
import static org.totalplace.governance.support.Registers.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Registers;

/** Minutes over HTTP: draft, circulated, amended, approved at a later meeting, then only corrected. */
@QuarkusTest
class MinutesResourceTest {

    private static final LocalDate OCTOBER = LocalDate.of(2009, 10, 21);
    private static final LocalDate NOVEMBER = LocalDate.of(2009, 11, 18);
    private static final LocalDate DECEMBER = LocalDate.of(2009, 12, 16);
    private static final String DRAFT = "1. Apologies: the Secretary of State for Health.\n2. Barriers: Bradford's drug treatment funding.";
    private static final String AMENDED = DRAFT.replace("Health", "Health and the Chief Secretary");

    private String group;
    private String november;
    private String december;

    @BeforeEach
    void aHeldMeetingAndTheNextOne() {
        group = Meetings.group("OTHER", "MONTHLY");
        november = Meetings.oneOff(group, NOVEMBER);
        december = Meetings.oneOff(group, DECEMBER);
        Registers.held(november);
    }

    private static ValidatableResponse draft(String meeting, String text) {
        return given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting))
                .body("{\"text\":\"" + text.replace("\n", "\\n") + "\"}")
                .when().put("/meetings/" + meeting + "/minutes").then();
    }

    private static ValidatableResponse move(String meeting, String step, String body) {
        var request = given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting));
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/meetings/" + meeting + "/minutes/" + step).then();
    }

    private static ValidatableResponse circulate(String meeting) {
        return move(meeting, "circulate", null);
    }

    private static ValidatableResponse amend(String meeting, String amendment, String text) {
        return move(meeting, "amendments", """
                {"amendment":"%s","text":"%s"}""".formatted(amendment, text.replace("\n", "\\n")));
    }

    private static ValidatableResponse approve(String meeting, String at) {
        return move(meeting, "approve", """
                {"approvedAtMeetingId":"%s"}""".formatted(at));
    }

    private static ValidatableResponse correct(String meeting, String text, String reason) {
        return move(meeting, "corrections", """
                {"text":"%s","reason":"%s"}""".formatted(text, reason));
    }

    private void approvedAtDecember() {
        draft(november, DRAFT).statusCode(200);
        circulate(november).statusCode(200);
        approve(november, december).statusCode(200);
    }

    // --- the lifecycle ----------------------------------------------------------------------------

    @Test
    void shouldShowNoMinutesUntilADraftIsWritten() {
        given().get("/meetings/" + november + "/minutes").then()
                .statusCode(200)
                .header("ETag", equalTo(Meetings.etag(november)))
                .body("status", equalTo("NONE"))
                .body("text", nullValue())
                .body("amendments", empty())
                .body("corrections", empty())
                .body("approvedAt", nullValue());
    }

    @Test
    void shouldTakeMinutesFromDraftThroughAnAmendmentToApprovalAtTheNextMeeting() {
        draft(november, "first go").statusCode(200).body("status", equalTo("DRAFT"));
        draft(november, DRAFT).statusCode(200).body("text", equalTo(DRAFT));
        circulate(november).statusCode(200).body("status", equalTo("CIRCULATED")).body("circulatedAt", notNullValue());
        amend(november, "Item 1: the Chief Secretary also sent apologies", AMENDED).statusCode(200)
                .body("status", equalTo("CIRCULATED"))
                .body("text", equalTo(AMENDED))
                .body("amendments.number", contains(1))
                .body("amendments[0].previousText", equalTo(DRAFT));

        approve(november, december).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedAt.meetingId", equalTo(december))
                .body("approvedAt.date", equalTo("2009-12-16"))
                .header("ETag", equalTo(Meetings.etag(november)));

        given().get("/meetings/" + november).then().body("minutesStatus", equalTo("APPROVED"));
        given().get("/meetings/" + november + "/minutes").then()
                .body("text", equalTo(AMENDED))
                .body("amendments[0].amendment", equalTo("Item 1: the Chief Secretary also sent apologies"));
    }

    // --- after approval nothing changes -----------------------------------------------------------

    @Test
    void shouldRefuseEveryChangeToApprovedMinutesOrAttendanceNamingTheApprovingMeeting() {
        approvedAtDecember();
        String etag = Meetings.etag(november);

        for (ValidatableResponse refused : List.of(
                draft(november, "rewritten"),
                circulate(november),
                amend(november, "late amendment", "rewritten"),
                approve(november, december),
                Registers.record(november, register(List.of())))) {
            refused.spec(problem(409, "conflict"))
                    .body("detail", containsString("APPROVED at the meeting of 2009-12-16 (" + december + ")"))
                    .body("errors[0].field", equalTo("minutesStatus"))
                    .body("errors[0].message", containsString("record a correction instead"));
        }

        given().get("/meetings/" + november + "/minutes").then()
                .header("ETag", equalTo(etag))
                .body("text", equalTo(DRAFT))
                .body("amendments", empty());
    }

    @Test
    void shouldRecordACorrectionAsANewRecordLeavingTheApprovedTextAlone() {
        approvedAtDecember();

        correct(november, "Item 2: Bradford and Calderdale", "Calderdale was left out").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("text", equalTo(DRAFT))
                .body("corrections.number", contains(1))
                .body("corrections[0].text", equalTo("Item 2: Bradford and Calderdale"))
                .body("corrections[0].reason", equalTo("Calderdale was left out"))
                .body("corrections[0].recordedAt", notNullValue());
        correct(november, "Item 1: Department of Health", "Name of the department").statusCode(200)
                .body("corrections.number", contains(1, 2));
    }

    // --- moves out of order -----------------------------------------------------------------------

    @Test
    void shouldRefuseMinutesForAMeetingThatHasNotBeenHeld() {
        draft(december, DRAFT).spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("the meeting is SCHEDULED; minutes are written once it is HELD"));
    }

    @Test
    void shouldRefuseMovesOutOfOrderWithTheReason() {
        circulate(november).spec(problem(409, "conflict")).body("detail", containsString("write a draft first"));
        correct(november, "x", "y").spec(problem(409, "conflict")).body("detail", containsString("NONE"));

        draft(november, DRAFT).statusCode(200);
        amend(november, "too early", "text").spec(problem(409, "conflict"))
                .body("detail", containsString("only CIRCULATED minutes are amended"));
        approve(november, december).spec(problem(409, "conflict"))
                .body("detail", containsString("once CIRCULATED"));

        circulate(november).statusCode(200);
        circulate(november).spec(problem(409, "conflict")).body("detail", containsString("already CIRCULATED"));
        draft(november, "rewritten").spec(problem(409, "conflict")).body("detail", containsString("amendment"));
        correct(november, "x", "y").spec(problem(409, "conflict"))
                .body("detail", containsString("a correction is recorded against APPROVED minutes"));
    }

    // --- where minutes are approved ---------------------------------------------------------------

    @Test
    void shouldApproveOnlyAtALaterMeetingOfTheSameGroupThatWasNotCancelled() {
        draft(november, DRAFT).statusCode(200);
        circulate(november).statusCode(200);
        String october = Meetings.oneOff(group, OCTOBER);
        String otherGroups = Meetings.oneOff(Meetings.group("OTHER", null), DECEMBER);
        String cancelled = Meetings.oneOff(group, DECEMBER.plusDays(1));
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(cancelled))
                .body("""
                        {"reason":"Snow"}""")
                .when().post("/meetings/" + cancelled + "/cancel").then().statusCode(200);

        approve(november, november).spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("approvedAtMeetingId"));
        approve(november, october).spec(problem(422, "rule-violation"))
                .body("errors[0].message", containsString("not after the meeting of 2009-11-18"));
        approve(november, otherGroups).spec(problem(422, "rule-violation"))
                .body("errors[0].message", containsString("another group"));
        approve(november, cancelled).spec(problem(422, "rule-violation"))
                .body("errors[0].message", containsString("CANCELLED"));
        approve(november, UUID.randomUUID().toString()).spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("approvedAtMeetingId"));

        given().get("/meetings/" + november + "/minutes").then().body("status", equalTo("CIRCULATED"));
    }

    // --- requests ---------------------------------------------------------------------------------

    @Test
    void shouldNeedTheMeetingsETag() {
        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .when().put("/meetings/" + november + "/minutes").then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"x\"}")
                .when().put("/meetings/" + november + "/minutes").then().spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldRejectBlankOrMissingTextNamingTheField() {
        draft(november, "  ").spec(problem(400, "validation")).body("errors.field", hasItem("text"));
        draft(november, DRAFT).statusCode(200);
        circulate(november).statusCode(200);
        move(november, "amendments", "{\"amendment\":\"x\"}").spec(problem(400, "validation"))
                .body("errors.field", hasItem("text"));
        move(november, "approve", "{}").spec(problem(400, "validation"))
                .body("errors.field", hasItem("approvedAtMeetingId"));
    }

    @Test
    void shouldAnswerNotFoundForTheMinutesOfAnUnknownMeeting() {
        given().get("/meetings/" + UUID.randomUUID() + "/minutes").then().spec(problem(404, "not-found"));
    }
}
