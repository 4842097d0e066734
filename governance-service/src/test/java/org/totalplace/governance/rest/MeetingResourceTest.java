package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;

/** Meetings over HTTP: series from the standing agenda, agenda changes, cancelling, and barriers reaching agendas. */
@QuarkusTest
class MeetingResourceTest {

    private static final LocalDate OCTOBER = LocalDate.of(2009, 10, 19);

    @Inject
    KnownPilots pilots;

    @Test
    void shouldGenerateTheOfficialsGroupsMonthlySeriesEachStartingWithItsSixStandingItems() {
        JsonPath series = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"High-level officials' group","firstDate":"2030-01-31","occurrences":3,
                         "startsAt":"14:00","location":"HM Treasury"}""")
                .when().post("/groups/officials-group/meeting-series")
                .then().statusCode(201)
                .header("Location", containsString("/meeting-series/"))
                .body("cadence", equalTo("MONTHLY"))
                .body("meetings.occurrence", contains(1, 2, 3))
                .body("meetings.date", contains("2030-01-31", "2030-02-28", "2030-03-31"))
                .extract().jsonPath();

        for (String meetingId : series.getList("meetings.meetingId", String.class)) {
            JsonPath meeting = Meetings.read(meetingId);
            List<Map<String, Object>> agenda = meeting.getList("agenda");
            assertThat(agenda.subList(0, 6)).extracting(item -> item.get("kind")).containsOnly("STANDING");
            assertThat(agenda.subList(0, 6)).extracting(item -> item.get("position")).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat((String) agenda.get(0).get("title")).startsWith("Showcasing key achievements");
            assertThat((String) agenda.get(1).get("title"))
                    .isEqualTo("Listening to and learning from the progress of the work in the 13 pilot areas");
            assertThat((String) agenda.get(5).get("title")).startsWith("Reviewing interdependencies");
            assertThat(meeting.getString("startsAt")).startsWith("14:00");
            assertThat(meeting.getString("location")).isEqualTo("HM Treasury");
            assertThat(meeting.getString("seriesId")).isEqualTo(series.getString("id"));
        }
        given().get("/groups/officials-group/meeting-series/" + series.getString("id"))
                .then().statusCode(200).body("meetings", hasSize(3));
    }

    @Test
    void shouldScheduleAOneOffMeetingWithTheStandingAgendaOnlyWhenAsked() {
        String bare = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Extraordinary meeting on place-based budgets","date":"2030-07-26"}""")
                .when().post("/groups/officials-group/meetings")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SCHEDULED"))
                .body("minutesStatus", equalTo("NONE"))
                .body("seriesId", equalTo(null))
                .extract().path("id");
        List<Map<String, Object>> bareAgenda = Meetings.read(bare).getList("agenda");
        assertThat(bareAgenda).extracting(item -> item.get("kind")).doesNotContain("STANDING");

        String full = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Officials' group","date":"2030-08-02","standingAgenda":true}""")
                .when().post("/groups/officials-group/meetings")
                .then().statusCode(201)
                .extract().path("id");
        List<Map<String, Object>> fullAgenda = Meetings.read(full).getList("agenda");
        assertThat(fullAgenda).extracting(item -> item.get("kind")).filteredOn("STANDING"::equals).hasSize(6);
    }

    @Test
    void shouldAddAnItemAfterTheLastAndMoveTheMeetingsETag() {
        String group = Meetings.group("OTHER", "MONTHLY");
        String meeting = Meetings.series(group, OCTOBER, 2).get(0);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"title":"Summary of the 45 expressions of interest","presenter":"HM Treasury","minutesAllotted":20}""")
                .when().post("/meetings/" + meeting + "/agenda")
                .then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("position", equalTo(1))
                .body("kind", equalTo("ADDED"))
                .body("presenter", equalTo("HM Treasury"))
                .body("minutesAllotted", equalTo(20));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"title":"Any other business"}""")
                .when().post("/meetings/" + meeting + "/agenda")
                .then().statusCode(201).body("position", equalTo(2));

        given().get("/meetings/" + meeting).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("agenda.title", contains("Summary of the 45 expressions of interest", "Any other business"));
        given().header("If-None-Match", "\"2\"").get("/meetings/" + meeting).then().statusCode(304);
    }

    @Test
    void shouldRefuseAnAgendaChangeWithAStaleOrMissingETag() {
        String group = Meetings.group("OTHER", "MONTHLY");
        String meeting = Meetings.series(group, OCTOBER, 1).get(0);
        String item = """
                {"title":"Late paper"}""";

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(item)
                .when().post("/meetings/" + meeting + "/agenda")
                .then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).body(item)
                .when().post("/meetings/" + meeting + "/agenda")
                .then().spec(problem(428, "precondition-required"));
        assertThat(Meetings.read(meeting).getList("agenda")).isEmpty();
    }

    @Test
    void shouldRefuseToChangeTheAgendaOrCancelAgainOnceCancelled() {
        String group = Meetings.group("OTHER", "MONTHLY");
        String meeting = Meetings.series(group, OCTOBER, 2).get(0);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"reason":"Purdah: the general election has been called"}""")
                .when().post("/meetings/" + meeting + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledReason", equalTo("Purdah: the general election has been called"));
        String etag = Meetings.etag(meeting);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"title":"Late paper"}""")
                .when().post("/meetings/" + meeting + "/agenda")
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("CANCELLED"))
                .body("errors.field", contains("status"));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"reason":"again"}""")
                .when().post("/meetings/" + meeting + "/cancel")
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("only a SCHEDULED meeting can be cancelled"));
    }

    @Test
    void shouldRefuseASeriesForAGroupWithoutARegularCadenceUnlessGivenOne() {
        String group = Meetings.group("OTHER", "AD_HOC");

        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Working group","firstDate":"2009-11-02","occurrences":3}""")
                .when().post("/groups/" + group + "/meeting-series")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("cadence"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Working group","firstDate":"2009-11-02","occurrences":3,"cadence":"FORTNIGHTLY"}""")
                .when().post("/groups/" + group + "/meeting-series")
                .then().statusCode(201)
                .body("meetings.date", contains("2009-11-02", "2009-11-16", "2009-11-30"));
    }

    @Test
    void shouldRejectMalformedMeetingsNamingTheField() {
        String group = Meetings.group("OTHER", "MONTHLY");
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Series","firstDate":"2009-11-02","occurrences":61}""")
                .when().post("/groups/" + group + "/meeting-series")
                .then().spec(problem(400, "validation"))
                .body("errors.field", contains("occurrences"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"  ","date":"2009-11-02"}""")
                .when().post("/groups/" + group + "/meetings")
                .then().spec(problem(400, "validation"))
                .body("errors.field", contains("title"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Meeting","date":"2009-11-02","startsAt":"25:00"}""")
                .when().post("/groups/" + group + "/meetings")
                .then().statusCode(400)
                .body("errors.field", contains("startsAt"));
        given().queryParam("from", "2010-02-30").get("/groups/" + group + "/meetings")
                .then().spec(problem(400, "validation"))
                .body("errors.field", contains("from"));
        given().get("/groups/no-such-group/meetings").then().spec(problem(404, "not-found"));
        given().get("/meetings/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldListAGroupsMeetingsInCalendarOrderFilteredByDayAndStatus() {
        String group = Meetings.group("OTHER", "MONTHLY");
        List<String> series = Meetings.series(group, OCTOBER, 4);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"reason":"No quorum expected"}""")
                .when().post("/meetings/" + series.get(1) + "/cancel").then().statusCode(200);

        given().queryParam("from", "2009-11-01").queryParam("status", "SCHEDULED")
                .get("/groups/" + group + "/meetings")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.date", contains("2009-12-19", "2010-01-19"))
                .body("items[0].agenda", hasSize(0));
        given().queryParam("size", 1).get("/groups/" + group + "/meetings")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", contains(series.get(0)));
    }

    @Test
    void shouldPutABarrierEscalatedToTheOfficialsGroupOnItsNextMeetingOnce() {
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        List<String> series = Meetings.series(officials, OCTOBER, 3);
        String barrier = raiseBarrier(pilots.known("Bradford"));

        escalate(barrier, 0);
        assertThat(barrierItems(series.get(0), barrier)).as("the Government Office has no meeting").isEmpty();
        escalate(barrier, 1);

        assertThat(barrierItems(series.get(0), barrier)).hasSize(1);
        assertThat(barrierItems(series.get(1), barrier)).as("only the next meeting").isEmpty();
        Map<String, Object> item = barrierItems(series.get(0), barrier).get(0);
        assertThat((String) item.get("title")).isEqualTo("Barrier: Ring-fenced drug treatment funding");
    }

    @Test
    void shouldKeepAnOpenBarrierWaitingUntilTheGroupHasAMeetingAndThenPlaceIt() {
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        String barrier = raiseBarrier(pilots.known("Bradford"));
        escalate(barrier, 0);
        escalate(barrier, 1);

        String meeting = Meetings.oneOff(officials, OCTOBER);

        assertThat(barrierItems(meeting, barrier)).hasSize(1);
        given().get("/meetings/" + meeting).then().header("ETag", not(equalTo("\"0\"")));
    }

    @Test
    void shouldPutABarrierRaisedByAPilotOnItsOwnBoardsNextMeetingOnly() {
        UUID bradford = pilots.known("Bradford");
        UUID lewisham = pilots.known("Lewisham");
        String bradfordBoard = Meetings.pilotBoard(bradford);
        String lewishamBoard = Meetings.pilotBoard(lewisham);
        String bradfordMeeting = Meetings.series(bradfordBoard, OCTOBER, 1).get(0);
        String lewishamMeeting = Meetings.series(lewishamBoard, OCTOBER, 1).get(0);

        String barrier = raiseBarrier(bradford);

        assertThat(barrierItems(bradfordMeeting, barrier)).hasSize(1);
        assertThat(barrierItems(lewishamMeeting, barrier)).isEmpty();
    }

    @Test
    void shouldMoveOpenBusinessToTheNextMeetingWhenOneIsCancelled() {
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        List<String> series = Meetings.series(officials, OCTOBER, 2);
        String barrier = raiseBarrier(pilots.known("Bradford"));
        escalate(barrier, 0);
        escalate(barrier, 1);

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(series.get(0)))
                .body("""
                        {"reason":"Chair unavailable"}""")
                .when().post("/meetings/" + series.get(0) + "/cancel").then().statusCode(200);

        assertThat(barrierItems(series.get(1), barrier)).hasSize(1);
    }

    @Test
    void shouldTakeADecidedBarrierOffTheAgendasOfMeetingsStillToBeHeld() {
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        String meeting = Meetings.oneOff(officials, OCTOBER);
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting))
                .body("""
                        {"title":"Place-based budgets"}""")
                .when().post("/meetings/" + meeting + "/agenda").then().statusCode(201);
        String barrier = raiseBarrier(pilots.known("Bradford"));
        escalate(barrier, 0);
        escalate(barrier, 1);
        assertThat(barrierItems(meeting, barrier)).hasSize(1);
        String before = Meetings.etag(meeting);

        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("""
                        {"decision":"The Home Office will not relax the ring-fence this year"}""")
                .when().post("/barriers/" + barrier + "/decline").then().statusCode(200);

        assertThat(barrierItems(meeting, barrier)).isEmpty();
        List<Map<String, Object>> agenda = Meetings.read(meeting).getList("agenda");
        assertThat(agenda).extracting(item -> item.get("position"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, agenda.size()).boxed().toList());
        assertThat(agenda).extracting(item -> item.get("title")).contains("Place-based budgets");
        assertThat(Meetings.etag(meeting)).isNotEqualTo(before);
    }

    private static List<Map<String, Object>> barrierItems(String meetingId, String barrierId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().filter(item -> barrierId.equals(item.get("barrierId"))).toList();
    }

    private static String raiseBarrier(UUID pilotId) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced drug treatment funding","description":"Cannot pool",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office","evidence":"11 funding streams"}"""
                        .formatted(pilotId))
                .when().post("/barriers")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void escalate(String barrierId, int version) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("""
                        {"reason":"Needs a national decision"}""")
                .when().post("/barriers/" + barrierId + "/escalate")
                .then().statusCode(200);
    }
}
