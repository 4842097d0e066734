package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;
import static org.totalplace.governance.support.Registers.entry;
import static org.totalplace.governance.support.Registers.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Registers;

/**
 * The attendance register over HTTP, on the ministerial group the seeds load: nine voting seats (the chair, seven
 * ministers' posts and Cllr Eaton's LGA seat), so a majority is five; Cllr Parsons is her alternate.
 */
@QuarkusTest
class AttendanceResourceTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2009, 11, 18);
    private static final String CHAIR = "Secretary of State for Communities and Local Government";
    private static final String TREASURY = "Chief Secretary to the Treasury";
    private static final String CLG = "Minister for Communities and Local Government";
    private static final String HOME_OFFICE = "Secretary of State for the Home Department";
    private static final String DWP = "Secretary of State for Work and Pensions";
    private static final String EATON = "Cllr Margaret Eaton";
    private static final String PARSONS = "Cllr David Parsons";

    @Inject
    KnownPilots pilots;

    private Map<String, String> seat;
    private String meeting;

    @BeforeEach
    void aMinisterialMeeting() {
        seat = Registers.membershipsByHolder("ministerial-group", NOVEMBER);
        meeting = Meetings.oneOff("ministerial-group", NOVEMBER);
    }

    private List<String> fourMinistersPresent() {
        List<String> entries = new ArrayList<>();
        for (String post : List.of(CHAIR, TREASURY, CLG, HOME_OFFICE)) {
            entries.add(entry(seat.get(post), "PRESENT", null));
        }
        entries.add(entry(seat.get(DWP), "APOLOGIES", null));
        return entries;
    }

    // --- the quorum -------------------------------------------------------------------------------

    @Test
    void shouldCountEatonsSeatWhenParsonsIsPresentRepresentingHer() {
        List<String> entries = fourMinistersPresent();
        entries.add(entry(seat.get(EATON), "REPRESENTED", seat.get(PARSONS)));
        entries.add(entry(seat.get(PARSONS), "PRESENT", null));

        Registers.record(meeting, register(entries, "John Atkinson, Leadership Centre for Local Government"))
                .statusCode(200)
                .body("quorum.quorate", equalTo(true))
                .body("quorum.rule.kind", equalTo("MAJORITY"))
                .body("quorum.seats", equalTo(9))
                .body("quorum.needed", equalTo(5))
                .body("quorum.counted", equalTo(5))
                .body("quorum.viaAlternates.holder", contains(EATON))
                .body("quorum.viaAlternates.alternateHolder", contains(PARSONS))
                .body("quorum.viaAlternates.alternateMembershipId", contains(seat.get(PARSONS)))
                .body("entries[5].status", equalTo("REPRESENTED"))
                .body("entries[5].representedByHolder", equalTo(PARSONS))
                .body("inAttendance", contains("John Atkinson, Leadership Centre for Local Government"));

        given().get("/meetings/" + meeting + "/attendance").then()
                .statusCode(200)
                .header("ETag", equalTo(Meetings.etag(meeting)))
                .body("quorum.quorate", equalTo(true))
                .body("quorum.counted", equalTo(5))
                .body("entries.holder", hasItem(EATON));
    }

    @Test
    void shouldNotCountEatonsSeatWhenSheSentApologiesAndNoOneRepresentedHer() {
        List<String> entries = fourMinistersPresent();
        entries.add(entry(seat.get(EATON), "APOLOGIES", null));
        entries.add(entry(seat.get(PARSONS), "PRESENT", null));

        Registers.record(meeting, register(entries, "John Atkinson, Leadership Centre for Local Government"))
                .statusCode(200)
                .body("quorum.quorate", equalTo(false))
                .body("quorum.counted", equalTo(4))
                .body("quorum.viaAlternates", empty());
    }

    @Test
    void shouldApplyTheGroupsAtLeastRule() {
        String group = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"leaders-%s","name":"Leaders' group","kind":"OTHER","quorum":{"kind":"AT_LEAST","seats":2}}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/groups").then().statusCode(201).extract().path("id");
        LocalDate from = NOVEMBER.minusMonths(6);
        String leader = Registers.member(group, "Cllr Kath Pinnock", "CHAIR", null, from, null);
        String second = Registers.member(group, "Cllr Ian Greenwood", "MEMBER", null, from, null);
        Registers.member(group, "Cllr Stephen Houghton", "MEMBER", null, from, null);
        Registers.member(group, "Cllr Roger Lawrence", "MEMBER", null, from, null);
        Registers.member(group, "Cllr Jane Scott", "MEMBER", null, from, null);
        String day = Meetings.oneOff(group, NOVEMBER);

        Registers.record(day, register(List.of(entry(leader, "PRESENT", null), entry(second, "PRESENT", null))))
                .statusCode(200)
                .body("quorum.rule.kind", equalTo("AT_LEAST"))
                .body("quorum.rule.seats", equalTo(2))
                .body("quorum.seats", equalTo(5))
                .body("quorum.needed", equalTo(2))
                .body("quorum.quorate", equalTo(true));
    }

    // --- the register's rules ---------------------------------------------------------------------

    @Test
    void shouldRejectAMembershipOfAnotherGroupNamingItsEntry() {
        String officialsChair = Registers.membershipsByHolder("officials-group", NOVEMBER).get("Lord Michael Bichard");

        Registers.record(meeting, register(List.of(entry(seat.get(CHAIR), "PRESENT", null),
                        entry(officialsChair, "PRESENT", null))))
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("entries[1].membershipId"))
                .body("errors[0].message", containsString("not a membership of this meeting's group"));
    }

    @Test
    void shouldRejectAMembershipNotInPostOnTheMeetingDate() {
        String group = Meetings.group("OTHER", null);
        String later = Registers.member(group, "Cllr Margaret Eaton", "MEMBER", null, NOVEMBER.plusDays(1), null);
        String day = Meetings.oneOff(group, NOVEMBER);

        Registers.record(day, register(List.of(entry(later, "PRESENT", null))))
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("entries[0].membershipId"))
                .body("errors[0].message", containsString("not in post on the meeting date, 2009-11-18"));
    }

    @Test
    void shouldRejectARepresentationByAnAlternateOfSomeoneElse() {
        Registers.record(meeting, register(List.of(entry(seat.get(DWP), "REPRESENTED", seat.get(PARSONS)))))
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("entries[0].representedBy"))
                .body("errors[0].message", containsString("no alternate of " + DWP));
    }

    @Test
    void shouldRejectAMembershipListedTwice() {
        Registers.record(meeting, register(List.of(entry(seat.get(EATON), "PRESENT", null),
                        entry(seat.get(EATON), "APOLOGIES", null))))
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("entries[1].membershipId"))
                .body("errors[0].message", containsString("entries[0] already does"));
    }

    @Test
    void shouldRejectAMalformedRegisterNamingTheField() {
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting))
                .body("""
                        {"entries":[{"membershipId":"%s","status":"LATE"}]}""".formatted(seat.get(CHAIR)))
                .when().put("/meetings/" + meeting + "/attendance")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("entries[0].status"));
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting))
                .body("""
                        {"inAttendance":["John Atkinson"]}""")
                .when().put("/meetings/" + meeting + "/attendance")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("entries"));
    }

    @Test
    void shouldStoreNothingWhenTheRegisterIsRejected() {
        String etag = Meetings.etag(meeting);

        Registers.record(meeting, register(List.of(entry(UUID.randomUUID().toString(), "PRESENT", null))))
                .statusCode(422);

        given().get("/meetings/" + meeting + "/attendance").then().spec(problem(404, "not-found"));
        assertThat(Meetings.etag(meeting)).isEqualTo(etag);
    }

    // --- versions and states ----------------------------------------------------------------------

    @Test
    void shouldReplaceTheRegisterAndMoveTheMeetingsETag() {
        String before = Meetings.etag(meeting);
        String etag = Registers.record(meeting, register(fourMinistersPresent())).statusCode(200)
                .extract().header("ETag");
        assertThat(etag).isNotEqualTo(before).isEqualTo(Meetings.etag(meeting));

        Registers.record(meeting, register(List.of(entry(seat.get(EATON), "ABSENT", null)))).statusCode(200)
                .body("entries.holder", contains(EATON))
                .body("inAttendance", empty())
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldRefuseARegisterWithoutOrWithAStaleETag() {
        String body = register(fourMinistersPresent());
        given().contentType(ContentType.JSON).body(body)
                .when().put("/meetings/" + meeting + "/attendance").then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(body)
                .when().put("/meetings/" + meeting + "/attendance").then().spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldRefuseAttendanceForACancelledMeeting() {
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meeting))
                .body("""
                        {"reason":"Recess"}""")
                .when().post("/meetings/" + meeting + "/cancel").then().statusCode(200);

        Registers.record(meeting, register(fourMinistersPresent()))
                .spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("CANCELLED"));
    }

    @Test
    void shouldAnswerNotFoundForAttendanceNotYetRecordedOrAnUnknownMeeting() {
        given().get("/meetings/" + meeting + "/attendance").then().spec(problem(404, "not-found"))
                .body("detail", containsString("No attendance has been recorded"));
        given().get("/meetings/" + UUID.randomUUID() + "/attendance").then().spec(problem(404, "not-found"));
    }

    // --- holding the meeting ----------------------------------------------------------------------

    @Test
    void shouldHoldAMeetingAndShowWhetherItWasQuorate() {
        List<String> entries = fourMinistersPresent();
        entries.add(entry(seat.get(EATON), "REPRESENTED", seat.get(PARSONS)));
        Registers.record(meeting, register(entries)).statusCode(200);
        given().get("/meetings/" + meeting).then().body("quorate", nullValue());

        Registers.hold(meeting).statusCode(200)
                .body("status", equalTo("HELD"))
                .body("quorate", equalTo(true))
                .header("ETag", equalTo(Meetings.etag(meeting)));

        given().get("/meetings/" + meeting).then().body("status", equalTo("HELD")).body("quorate", equalTo(true));
    }

    @Test
    void shouldStoreAnInquorateMeetingAsNotQuorateAndFollowALaterCorrectionOfTheRegister() {
        Registers.record(meeting, register(fourMinistersPresent())).statusCode(200);
        Registers.hold(meeting).statusCode(200).body("quorate", equalTo(false));

        List<String> corrected = fourMinistersPresent();
        corrected.add(entry(seat.get(EATON), "PRESENT", null));
        Registers.record(meeting, register(corrected)).statusCode(200).body("quorum.quorate", equalTo(true));

        given().get("/meetings/" + meeting).then().body("quorate", equalTo(true));
    }

    @Test
    void shouldMoveOpenBusinessToTheGroupsNextMeetingWhenOneIsHeld() {
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        List<String> series = Meetings.series(officials, LocalDate.of(2009, 10, 19), 2);
        String barrier = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced drug treatment funding","description":"Cannot pool",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office","evidence":"11 funding streams"}"""
                        .formatted(pilots.known("Bradford")))
                .when().post("/barriers").then().statusCode(201).extract().path("id");
        for (int version = 0; version < 2; version++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("""
                            {"reason":"Needs a national decision"}""")
                    .when().post("/barriers/" + barrier + "/escalate").then().statusCode(200);
        }
        assertThat(barrierItems(series.get(1), barrier)).as("before: only on the first meeting").isEmpty();

        Registers.held(series.get(0));

        assertThat(barrierItems(series.get(1), barrier)).hasSize(1);
    }

    private static List<Object> barrierItems(String meetingId, String barrierId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().filter(item -> barrierId.equals(item.get("barrierId"))).map(item -> (Object) item).toList();
    }

    @Test
    void shouldRefuseToHoldAMeetingWithoutAnAttendanceRegister() {
        Registers.hold(meeting)
                .spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("attendance"))
                .body("detail", containsString("Record the meeting's attendance"));
        given().get("/meetings/" + meeting).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void shouldRefuseToHoldAMeetingTwiceOrAfterItWasCancelled() {
        Registers.held(meeting);
        Registers.hold(meeting).spec(problem(409, "conflict"))
                .body("errors[0].message", containsString("the meeting is HELD"));

        String other = Meetings.oneOff("ministerial-group", NOVEMBER.plusDays(1));
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(other))
                .body("""
                        {"reason":"Recess"}""")
                .when().post("/meetings/" + other + "/cancel").then().statusCode(200);
        Registers.hold(other).spec(problem(409, "conflict"))
                .body("errors[0].message", containsString("the meeting is CANCELLED"));
    }

    @Test
    void shouldRefuseToHoldAMeetingStillToCome() {
        String later = Meetings.oneOff("ministerial-group", LocalDate.of(2099, 1, 7));
        Registers.record(later, register(fourMinistersPresent())).statusCode(200);

        Registers.hold(later).spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void shouldRefuseToHoldAMeetingWithoutOrWithAStaleETag() {
        Registers.record(meeting, register(fourMinistersPresent())).statusCode(200);
        given().when().post("/meetings/" + meeting + "/held").then().spec(problem(428, "precondition-required"));
        given().header("If-Match", "\"0\"").when().post("/meetings/" + meeting + "/held")
                .then().spec(problem(412, "precondition-failed"));
    }
}
