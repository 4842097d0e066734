package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;

/**
 * One of each record a group has, made over HTTP as the programme office: a membership (its chair), a meeting held
 * on {@code day} with an agenda item, a decision on it and an action, a paper and a meeting series.
 */
public record GroupRecords(String group, String membership, String meeting, String item, String decision,
                           String action, String paper, String series) {

    /** {@code actionOwner}: whom the action is given, so that a test can list just its own actions. */
    public static GroupRecords of(String group, HeldMeetings held, LocalDate day, String actionOwner) {
        String membership = Registers.member(group, "Chair of " + group, "CHAIR", null, day.minusYears(1), null);
        String meeting = Meetings.oneOff(group, day);
        String item = Records.item(meeting, "For decision");
        held.hold(meeting);
        String decision = Records.decision(meeting, item, "Agreed");
        String action = Records.action(meeting, "Report back", actionOwner, day.plusMonths(1).toString());
        String paper = given().contentType(ContentType.JSON)
                .body(PaperBodies.brief("Counting update", day.toString()).toString())
                .when().post("/groups/" + group + "/papers")
                .then().statusCode(201).extract().path("id");
        String series = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Monthly meeting","firstDate":"%s","occurrences":1}""".formatted(day.plusMonths(2)))
                .when().post("/groups/" + group + "/meeting-series")
                .then().statusCode(201).extract().path("id");
        return new GroupRecords(group, membership, meeting, item, decision, action, paper, series);
    }
}
