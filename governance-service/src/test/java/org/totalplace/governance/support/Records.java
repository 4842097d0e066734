package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Agenda items, decisions and actions made over HTTP for tests. */
public final class Records {

    private Records() {
    }

    /** Adds an item to a scheduled meeting's agenda; returns the item's id. */
    public static String item(String meetingId, String title) {
        return given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"title":"%s"}""".formatted(title))
                .when().post("/meetings/" + meetingId + "/agenda")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The id of the meeting's agenda item about this barrier. */
    public static String barrierItem(String meetingId, String barrierId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().filter(item -> barrierId.equals(item.get("barrierId")))
                .map(item -> (String) item.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("barrier " + barrierId + " is not on " + agenda));
    }

    /** Records a decision on an item of a held meeting; returns the decision's id. */
    public static String decision(String meetingId, String itemId, String text) {
        return given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"agendaItemId":"%s","text":"%s"}""".formatted(itemId, text))
                .when().post("/meetings/" + meetingId + "/decisions")
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * A decision of the group taken at a one-off meeting on {@code day}, on an item added for it; returns the
     * decision's id. (The meeting may carry other business too, so the item's number is not known beforehand.)
     */
    public static String decisionOf(HeldMeetings held, String groupId, LocalDate day, String text) {
        String meetingId = Meetings.oneOff(groupId, day);
        String itemId = item(meetingId, "For decision");
        held.hold(meetingId);
        return decision(meetingId, itemId, text);
    }

    /** Records an action at a held meeting; returns the action's id. */
    public static String action(String meetingId, String description, String owner, String dueDate) {
        return given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId))
                .body("""
                        {"description":"%s","owner":"%s","dueDate":"%s"}""".formatted(description, owner, dueDate))
                .when().post("/meetings/" + meetingId + "/actions")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The MATTERS_ARISING items of a meeting's agenda, as {actionId, title} maps. */
    public static List<Map<String, Object>> mattersArising(String meetingId) {
        List<Map<String, Object>> agenda = Meetings.read(meetingId).getList("agenda");
        return agenda.stream().filter(item -> "MATTERS_ARISING".equals(item.get("kind"))).toList();
    }
}
