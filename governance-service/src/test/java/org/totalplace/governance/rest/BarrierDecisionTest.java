package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;

/** A barrier resolved or declined citing the decision its tier's group took on it at a meeting. */
@QuarkusTest
class BarrierDecisionTest {

    private static final LocalDate DAY = LocalDate.of(2009, 11, 16);

    @Inject
    KnownPilots pilots;

    @Inject
    HeldMeetings held;

    private String meetingId;
    private String barrierId;

    /** A fresh officials' group meets on DAY; a barrier reaches its tier, so it is on that meeting's agenda. */
    @BeforeEach
    void aBarrierOnTheOfficialsAgenda() {
        meetingId = Meetings.oneOff(Meetings.group("OFFICIALS", "MONTHLY"), DAY);
        barrierId = raiseToOfficials();
    }

    @Test
    void shouldResolveCitingTheDecisionTakenOnTheBarriersItem() {
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, Records.barrierItem(meetingId, barrierId), "Pooling agreed");

        resolve(barrierId, 2, decisionId).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("decisionId", equalTo(decisionId));
        given().get("/barriers/" + barrierId).then().body("decisionId", equalTo(decisionId));
    }

    @Test
    void shouldDeclineCitingTheDecision() {
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, Records.barrierItem(meetingId, barrierId), "The ring-fence stays");

        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("""
                        {"decision":"The ring-fence stays","decisionId":"%s"}""".formatted(decisionId))
                .when().post("/barriers/" + barrierId + "/decline")
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisionId", equalTo(decisionId));
    }

    @Test
    void shouldStillResolveWithoutCitingADecision() {
        resolve(barrierId, 2, null).then().statusCode(200).body("decisionId", nullValue());
    }

    @Test
    void shouldRefuseADecisionNotTakenOnABarrierItem() {
        String otherItem = Records.item(meetingId, "Any other business");
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, otherItem, "Noted");

        resolve(barrierId, 2, decisionId).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("decisionId"))
                .body("detail", containsString("not taken on a BARRIER agenda item"));
        given().get("/barriers/" + barrierId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldRefuseADecisionAboutAnotherBarrier() {
        String otherBarrier = raiseToOfficials();
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, Records.barrierItem(meetingId, otherBarrier), "Pooling agreed");

        resolve(barrierId, 2, decisionId).then().spec(problem(422, "rule-violation"))
                .body("detail", equalTo("the decision is about another barrier (" + otherBarrier + ")"));
    }

    @Test
    void shouldRefuseTheOfficialsDecisionOnceTheBarrierHasGoneToMinisters() {
        held.hold(meetingId);
        String decisionId = Records.decision(meetingId, Records.barrierItem(meetingId, barrierId), "For ministers");
        escalate(barrierId, 2);

        resolve(barrierId, 3, decisionId).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("decisionId"))
                .body("detail", containsString("(MINISTERIAL_GROUP)"));
    }

    @Test
    void shouldRefuseADecisionNobodyRecorded() {
        resolve(barrierId, 2, UUID.randomUUID().toString()).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("decisionId"));
    }

    private String raiseToOfficials() {
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced drug treatment funding","description":"Cannot pool",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office","evidence":"The count"}"""
                        .formatted(pilots.known("Bradford")))
                .when().post("/barriers").then().statusCode(201).extract().path("id");
        escalate(id, 0);
        escalate(id, 1);
        return id;
    }

    private static void escalate(String id, long version) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"reason\":\"Needs a decision above\"}")
                .when().post("/barriers/" + id + "/escalate").then().statusCode(200);
    }

    private static Response resolve(String id, long version, String decisionId) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("""
                        {"decision":"Officials agree pooling for 2010-11","whitehallChange":"Joint grant conditions",
                         "decisionId":%s}""".formatted(decisionId == null ? "null" : "\"" + decisionId + "\""))
                .when().post("/barriers/" + id + "/resolve");
    }
}
