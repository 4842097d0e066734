package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Memberships, attendance registers and held meetings made over HTTP for tests. */
public final class Registers {

    private Registers() {
    }

    /** The group's memberships in post on {@code day}, by holder (person or post). */
    public static Map<String, String> membershipsByHolder(String groupIdOrCode, LocalDate day) {
        List<Map<String, Object>> items = given().queryParam("asOf", day.toString()).queryParam("size", 200)
                .get("/groups/" + groupIdOrCode + "/memberships")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> byHolder = new HashMap<>();
        for (Map<String, Object> item : items) {
            Object holder = item.get("person") != null ? item.get("person") : item.get("post");
            byHolder.put((String) holder, (String) item.get("id"));
        }
        return byHolder;
    }

    /** Starts a membership held by a person; {@code alternateFor} and {@code to} may be null. Returns its id. */
    public static String member(String groupId, String person, String role, String alternateFor, LocalDate from,
                                LocalDate to) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"person":"%s","role":"%s","alternateFor":%s,"from":"%s","to":%s}"""
                        .formatted(person, role, quoted(alternateFor), from, quoted(to)))
                .when().post("/groups/" + groupId + "/memberships")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** {"membershipId":..., "status":..., "representedBy":...} */
    public static String entry(String membershipId, String status, String representedBy) {
        return """
                {"membershipId":"%s","status":"%s","representedBy":%s}""".formatted(membershipId, status,
                quoted(representedBy));
    }

    public static String register(List<String> entries, String... inAttendance) {
        return """
                {"entries":[%s],"inAttendance":[%s]}""".formatted(String.join(",", entries),
                String.join(",", java.util.Arrays.stream(inAttendance).map(Registers::quoted).toList()));
    }

    /** PUTs the register with the meeting's current ETag. */
    public static ValidatableResponse record(String meetingId, String body) {
        return given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetingId)).body(body)
                .when().put("/meetings/" + meetingId + "/attendance").then();
    }

    /** POSTs /held with the meeting's current ETag. */
    public static ValidatableResponse hold(String meetingId) {
        return given().header("If-Match", Meetings.etag(meetingId))
                .when().post("/meetings/" + meetingId + "/held").then();
    }

    /** Records an empty register and holds the meeting. */
    public static void held(String meetingId) {
        record(meetingId, register(List.of())).statusCode(200);
        hold(meetingId).statusCode(200);
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
