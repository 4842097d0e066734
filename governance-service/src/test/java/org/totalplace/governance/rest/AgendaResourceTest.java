package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.PaperBodies;

@QuarkusTest
class AgendaResourceTest {

    private static final LocalDate JANUARY = LocalDate.of(2010, 1, 18);

    @Inject
    HeldMeetings held;

    @Test
    void shouldTakeAnItemWithAPaperOfTheMeetingsGroupAndShowItOnTheAgenda() {
        Agenda agenda = scheduled();
        String paper = paperFor(agenda.group);
        String item = agenda.items().get(1);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + paper + "\"}")
                .when().put(itemPath(agenda, item) + "/paper")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("agenda[1].paperId", equalTo(paper))
                .body("agenda[0].paperId", nullValue());
        given().get("/meetings/" + agenda.meeting).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("agenda[1].paperId", equalTo(paper));

        given().header("If-Match", "\"1\"").when().delete(itemPath(agenda, item) + "/paper")
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("agenda[1].paperId", nullValue());
    }

    @Test
    void shouldMoveTheMeetingsETagOnEveryEditEvenWhenTheClockHasNotMoved() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2010-01-04T09:00:00Z"), ZoneOffset.UTC), Clock.class);
        Agenda agenda = scheduled();
        String item = agenda.items().get(2);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + paperFor(agenda.group) + "\"}")
                .when().put(itemPath(agenda, item) + "/paper").then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"position\":1}")
                .when().post(itemPath(agenda, item) + "/move").then().statusCode(200).header("ETag", equalTo("\"2\""));
        given().header("If-Match", "\"2\"").when().delete(itemPath(agenda, item) + "/paper")
                .then().statusCode(200).header("ETag", equalTo("\"3\""));

        assertThat(Meetings.etag(agenda.meeting)).isEqualTo("\"3\"");
    }

    @Test
    void shouldRefuseAPaperOfAnotherGroupOrNoPaperAtAll() {
        Agenda agenda = scheduled();
        String othersPaper = paperFor(Meetings.group("OTHER", "MONTHLY"));
        String item = agenda.items().get(0);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + othersPaper + "\"}")
                .when().put(itemPath(agenda, item) + "/paper")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("paperId"))
                .body("detail", containsString("another governance group"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + UUID.randomUUID() + "\"}")
                .when().put(itemPath(agenda, item) + "/paper")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("paperId"));
        given().get("/meetings/" + agenda.meeting).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldMoveAnItemAndRenumberTheOthersFromOne() {
        Agenda agenda = scheduled();
        List<String> before = agenda.items();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"position\":1}")
                .when().post(itemPath(agenda, before.get(2)) + "/move")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("agenda.id", contains(before.get(2), before.get(0), before.get(1)))
                .body("agenda.position", contains(1, 2, 3))
                .body("agenda.title", contains("Key programme risks and issues", "Showcasing key achievements",
                        "Listening to the pilots"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"position\":4}")
                .when().post(itemPath(agenda, before.get(0)) + "/move")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("position"))
                .body("detail", containsString("1 to 3"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"position\":0}")
                .when().post(itemPath(agenda, before.get(0)) + "/move")
                .then().spec(problem(400, "validation"));
    }

    @Test
    void shouldRemoveOnlyAnAddedItemAndCloseTheGap() {
        Agenda agenda = scheduled();
        String added = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\":\"Place-based budgets\"}")
                .when().post("/meetings/" + agenda.meeting + "/agenda").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"position\":2}")
                .when().post(itemPath(agenda, added) + "/move").then().statusCode(200)
                .body("agenda.kind", contains("STANDING", "ADDED", "STANDING", "STANDING"));

        given().header("If-Match", "\"2\"").when().delete(itemPath(agenda, agenda.items().get(0)))
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("kind"))
                .body("detail", containsString("STANDING"));
        given().header("If-Match", "\"2\"").when().delete(itemPath(agenda, added))
                .then().statusCode(200)
                .header("ETag", equalTo("\"3\""))
                .body("agenda.kind", contains("STANDING", "STANDING", "STANDING"))
                .body("agenda.position", contains(1, 2, 3));
        given().header("If-Match", "\"3\"").when().delete(itemPath(agenda, added)).then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRefuseAgendaEditsWithoutOrWithAStaleETag() {
        Agenda agenda = scheduled();
        List<String> before = agenda.items();
        String item = before.get(2);

        given().contentType(ContentType.JSON).body("{\"position\":1}")
                .when().post(itemPath(agenda, item) + "/move").then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"4\"").body("{\"position\":1}")
                .when().post(itemPath(agenda, item) + "/move").then().spec(problem(412, "precondition-failed"));
        given().when().delete(itemPath(agenda, item)).then().spec(problem(428, "precondition-required"));
        assertThat(agenda.items()).containsExactlyElementsOf(before);
        assertThat(Meetings.etag(agenda.meeting)).isEqualTo("\"0\"");
    }

    @Test
    void shouldFixTheAgendaOnceTheMeetingIsHeldOrCancelled() {
        Agenda heldAgenda = scheduled();
        held.hold(heldAgenda.meeting);
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(heldAgenda.meeting)).body("{\"position\":1}")
                .when().post(itemPath(heldAgenda, heldAgenda.items().get(2)) + "/move")
                .then().spec(problem(409, "conflict"))
                .body("errors.field", contains("status"))
                .body("detail", containsString("HELD"));

        Agenda cancelled = scheduled();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\":\"Purdah\"}")
                .when().post("/meetings/" + cancelled.meeting + "/cancel").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(cancelled.meeting))
                .body("{\"paperId\":\"" + paperFor(cancelled.group) + "\"}")
                .when().put(itemPath(cancelled, cancelled.items().get(0)) + "/paper")
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("CANCELLED"));
    }

    @Test
    void shouldFixAPaperOnceTabledAtAMeetingThatWasHeld() {
        Agenda agenda = scheduled();
        String paper = paperFor(agenda.group);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"paperId\":\"" + paper + "\"}")
                .when().put(itemPath(agenda, agenda.items().get(0)) + "/paper").then().statusCode(200);
        String revised = PaperBodies.brief("Counting update, revised", "2010-01-18").toString();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised)
                .when().put("/papers/" + paper).then().statusCode(200).header("ETag", equalTo("\"1\""));
        held.hold(agenda.meeting);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(revised)
                .when().put("/papers/" + paper)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString("tabled at the group's meeting of 2010-01-18"));
        given().get("/papers/" + paper).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void shouldNotFindAnItemOfAnotherMeeting() {
        Agenda one = scheduled();
        Agenda other = scheduled();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"position\":1}")
                .when().post("/meetings/" + one.meeting + "/agenda/" + other.items().get(0) + "/move")
                .then().spec(problem(404, "not-found"));
    }

    /** A meeting of a new group, generated with the group's three standing items; its ETag is "0". */
    private static Agenda scheduled() {
        String group = Meetings.group("OTHER", "MONTHLY");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"items":[{"title":"Showcasing key achievements"},{"title":"Listening to the pilots"},
                                  {"title":"Key programme risks and issues"}]}""")
                .when().put("/groups/" + group + "/standing-agenda").then().statusCode(200);
        return new Agenda(group, Meetings.series(group, JANUARY, 1).get(0));
    }

    private static List<String> scheduledItems(String meeting) {
        JsonPath read = Meetings.read(meeting);
        return read.getList("agenda.id", String.class);
    }

    private static String paperFor(String group) {
        return given().contentType(ContentType.JSON).body(PaperBodies.brief("Counting update", "2010-01-18").toString())
                .when().post("/groups/" + group + "/papers").then().statusCode(201).extract().path("id");
    }

    private static String itemPath(Agenda agenda, String item) {
        return "/meetings/" + agenda.meeting + "/agenda/" + item;
    }

    private record Agenda(String group, String meeting) {

        /** The agenda's item ids as read now, in order. */
        List<String> items() {
            return scheduledItems(meeting);
        }
    }
}
