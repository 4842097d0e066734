package org.totalplace.pilots.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** The timetable's HTTP calls, for tests: each returns the raw response to assert on. */
public final class TimetableCalls {

    private TimetableCalls() {
    }

    /** Registers a fresh pilot and returns its id. */
    public static String registerPilot(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
    }

    public static String registerPilot() {
        return registerPilot(PilotJson.valid());
    }

    public static Response movePhase(String pilot, Object phase, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(Map.of("phase", phase));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).put("/pilots/{id}/phase", pilot);
    }

    public static Response planMilestone(String pilot, String title, int phase, String dueDate) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "phase", phase, "dueDate", dueDate))
                .post("/pilots/{id}/milestones", pilot);
    }

    public static Response changeMilestone(String pilot, String milestone, Map<String, ?> patch, String ifMatch) {
        var request = given().contentType("application/merge-patch+json").body(patch);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch))
                .patch("/pilots/{id}/milestones/{milestone}", pilot, milestone);
    }

    public static Response startSubmission(String pilot, String reportingPoint) {
        return given().contentType(ContentType.JSON).header("From", "lead@" + pilot.substring(0, 8) + ".example")
                .body(Map.of("reportingPoint", reportingPoint)).post("/pilots/{id}/submissions", pilot);
    }

    public static Response writeSection(String pilot, String submission, String section, String content, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(Map.of("content", content));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch))
                .put("/pilots/{id}/submissions/{submission}/sections/{section}", pilot, submission, section);
    }

    /** {@code submit} or {@code accept}, which take no body. */
    public static Response act(String pilot, String submission, String verb, String ifMatch) {
        var request = given().header("From", "programme.team@clg.example");
        return (ifMatch == null ? request : request.header("If-Match", ifMatch))
                .post("/pilots/{id}/submissions/{submission}/" + verb, pilot, submission);
    }

    public static Response giveBack(String pilot, String submission, Map<String, ?> body, String ifMatch) {
        var request = given().contentType(ContentType.JSON).header("From", "programme.team@clg.example").body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch))
                .post("/pilots/{id}/submissions/{submission}/return", pilot, submission);
    }

    public static String etag(Response response) {
        return response.header("ETag");
    }
}
