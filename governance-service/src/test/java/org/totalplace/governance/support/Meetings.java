package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Groups, series and meetings made over HTTP for tests, each group with a fresh code so tests do not meet. */
public final class Meetings {

    private Meetings() {
    }

    /** A new group of {@code kind} (e.g. OFFICIALS) meeting at {@code cadence}; returns its id. */
    public static String group(String kind, String cadence) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Test group %s","kind":"%s","cadence":%s}"""
                        .formatted(code, code, kind, cadence == null ? "null" : "\"" + cadence + "\""))
                .when().post("/groups")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** A pilot board of a known pilot; returns its id. */
    public static String pilotBoard(UUID pilotId) {
        String code = "board-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Board %s","kind":"PILOT_BOARD","pilotId":"%s","cadence":"MONTHLY"}"""
                        .formatted(code, code, pilotId))
                .when().post("/groups")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** A series of {@code occurrences} meetings from {@code first}; returns the meeting ids in order. */
    public static List<String> series(String groupIdOrCode, LocalDate first, int occurrences) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Monthly meeting","firstDate":"%s","occurrences":%d}""".formatted(first, occurrences))
                .when().post("/groups/" + groupIdOrCode + "/meeting-series")
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getList("meetings.meetingId", String.class);
    }

    /** A one-off meeting; returns its id. */
    public static String oneOff(String groupIdOrCode, LocalDate date) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Extraordinary meeting","date":"%s"}""".formatted(date))
                .when().post("/groups/" + groupIdOrCode + "/meetings")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** The meeting as read now. */
    public static JsonPath read(String meetingId) {
        return given().get("/meetings/" + meetingId).then().statusCode(200).extract().jsonPath();
    }

    /** The meeting's current ETag. */
    public static String etag(String meetingId) {
        return given().get("/meetings/" + meetingId).then().statusCode(200).extract().header("ETag");
    }
}
