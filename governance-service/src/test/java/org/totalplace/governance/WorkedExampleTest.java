package org.totalplace.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Registers;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;

/**
 * The worked example of docs/meetings-worked-example.md, end to end over HTTP: Bradford's barrier climbs to the
 * officials, is decided at their meeting, and the action given there is carried forward while it is open. It uses
 * the seeded officials' group and its standing agenda; its dates (September 2009) come before any other test's
 * meetings of that group, so its first meeting is the group's next one.
 */
@QuarkusTest
class WorkedExampleTest {

    @Inject
    KnownPilots pilots;

    @Test
    void shouldTakeBradfordsBarrierToTheOfficialsDecideItAndCarryTheActionForward() {
        String bradford = pilots.known("Bradford").toString();
        String officials = "officials-group";
        List<String> meetings = Meetings.series(officials, LocalDate.of(2009, 9, 21), 3);

        // Bradford raises the barrier; it goes to the Government Office, then to the officials' group
        String barrier = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced drug treatment funding cannot be pooled",
                         "description":"The pooled treatment budget needs grants that may only be spent apart",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office",
                         "evidence":"Count of 2008-09 spend on substance misuse"}""".formatted(bradford))
                .when().post("/barriers").then().statusCode(201).extract().path("id");
        escalate(barrier, 0, "The Government Office cannot vary the grant")
                .then().body("tier", equalTo("GOVERNMENT_OFFICE"));
        escalate(barrier, 1, "For the officials' group").then().body("tier", equalTo("OFFICIALS_GROUP"));

        // it is on the agenda of the officials' next meeting, after the six standing items
        List<Map<String, Object>> agenda = Meetings.read(meetings.get(0)).getList("agenda");
        assertThat(agenda.subList(0, 6)).extracting(entry -> entry.get("kind")).containsOnly("STANDING");
        Map<String, Object> item = agendaItemAbout(meetings.get(0), barrier);
        assertThat(item.get("kind")).isEqualTo("BARRIER");
        assertThat((int) item.get("position")).isGreaterThan(6);

        // Lord Bichard takes the chair, the meeting is held (quorate) and decides; the decision removes the barrier
        holdWithTheChairPresent(meetings.get(0), LocalDate.of(2009, 9, 21));
        String decision = given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetings.get(0)))
                .body("""
                        {"agendaItemId":"%s","text":"Officials agree that Bradford may pool the grants for 2010-11"}"""
                        .formatted(item.get("id")))
                .when().post("/meetings/" + meetings.get(0) + "/decisions")
                .then().statusCode(201)
                .body("barrierId", equalTo(barrier))
                .body("reference", equalTo(groupName(officials) + ", 21 September 2009, item " + item.get("position")))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("""
                        {"decision":"Pooling agreed for 2010-11","whitehallChange":"Joint Home Office and DH grant conditions",
                         "decisionId":"%s"}""".formatted(decision))
                .when().post("/barriers/" + barrier + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("decisionId", equalTo(decision));

        // DCSF is given an action; it is matters arising at the next meeting
        String action = given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetings.get(0)))
                .body("""
                        {"decisionId":"%s","description":"Align the children's services grant conditions with the pooling",
                         "owner":"DCSF","dueDate":"2009-10-16"}""".formatted(decision))
                .when().post("/meetings/" + meetings.get(0) + "/actions")
                .then().statusCode(201)
                .body("agendaItemId", equalTo(item.get("id")))
                .extract().path("id");
        assertThat(actionsArising(meetings.get(1))).containsExactly(action);

        // still open when the second meeting is held: it comes up again at the third; the resolved barrier does not
        holdWithTheChairPresent(meetings.get(1), LocalDate.of(2009, 10, 21));
        given().get("/actions/" + action).then().body("status", equalTo("OPEN"));
        assertThat(actionsArising(meetings.get(2))).containsExactly(action);
        assertThat(barriersOn(meetings.get(2))).doesNotContain(barrier);
    }

    private static io.restassured.response.Response escalate(String barrier, long version, String reason) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"reason\":\"" + reason + "\"}")
                .when().post("/barriers/" + barrier + "/escalate");
    }

    private static Map<String, Object> agendaItemAbout(String meetingId, String barrierId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().filter(entry -> barrierId.equals(entry.get("barrierId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the barrier is not on the agenda: " + agenda));
    }

    private static List<String> barriersOn(String meetingId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().map(entry -> (String) entry.get("barrierId")).toList();
    }

    private static List<String> actionsArising(String meetingId) {
        return Records.mattersArising(meetingId).stream().map(entry -> (String) entry.get("actionId")).toList();
    }

    private static String groupName(String groupId) {
        return given().get("/groups/" + groupId).then().statusCode(200).extract().path("name");
    }

    private static void holdWithTheChairPresent(String meetingId, LocalDate day) {
        String chair = Registers.membershipsByHolder("officials-group", day).get("Lord Michael Bichard");
        Registers.record(meetingId, Registers.register(List.of(Registers.entry(chair, "PRESENT", null)),
                "John Atkinson, Leadership Centre for Local Government")).statusCode(200);
        Registers.hold(meetingId).statusCode(200).body("status", equalTo("HELD")).body("quorate", equalTo(true));
    }
}
