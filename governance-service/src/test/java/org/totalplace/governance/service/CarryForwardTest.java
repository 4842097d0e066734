package org.totalplace.governance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Records;

/** Matters arising: an open action is on every next meeting of its group's series until it is closed. */
@QuarkusTest
class CarryForwardTest {

    @Inject
    HeldMeetings held;

    private List<String> meetings;

    @BeforeEach
    void aMonthlySeriesOfFour() {
        String groupId = Meetings.group("OTHER", "MONTHLY");
        meetings = Meetings.series(groupId, LocalDate.of(2009, 10, 14), 4);
    }

    @Test
    void shouldCarryAnOpenActionToEachNextMeetingUntilItIsDone() {
        held.hold(meetings.get(0));
        String dcsf = Records.action(meetings.get(0), "Children's services spend", "DCSF", "2009-11-30");
        String dh = Records.action(meetings.get(0), "PCT spend lines", "DH", "2009-11-30");

        assertThat(actionsArising(1)).containsExactly(dcsf, dh);
        assertThat(actionsArising(2)).isEmpty();

        held.hold(meetings.get(1));
        assertThat(actionsArising(2)).containsExactly(dcsf, dh);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().post("/actions/" + dcsf + "/complete").then().statusCode(200);
        held.hold(meetings.get(2));

        assertThat(actionsArising(3)).containsExactly(dh);
    }

    @Test
    void shouldShowTheActionAsAMattersArisingItemPresentedByItsOwner() {
        held.hold(meetings.get(0));
        String id = Records.action(meetings.get(0), "Children's services spend", "DCSF", "2009-11-30");

        Map<String, Object> item = Records.mattersArising(meetings.get(1)).get(0);

        assertThat(item.get("actionId")).isEqualTo(id);
        assertThat(item.get("presenter")).isEqualTo("DCSF");
        assertThat((String) item.get("title")).contains("Children's services spend").contains("2009-11-30");
    }

    @Test
    void shouldPutEachActionOnAMeetingOnceHoweverOftenBusinessIsCarried() {
        held.hold(meetings.get(0));
        String first = Records.action(meetings.get(0), "First", "CLG", "2009-11-30");
        Records.action(meetings.get(0), "Second", "CLG", "2009-11-30");
        Records.action(meetings.get(0), "Third", "CLG", "2009-11-30");

        assertThat(actionsArising(1)).hasSize(3).containsOnlyOnce(first);
    }

    @Test
    void shouldMoveAnOpenActionPastACancelledMeeting() {
        held.hold(meetings.get(0));
        String id = Records.action(meetings.get(0), "Children's services spend", "DCSF", "2009-11-30");

        given().contentType(ContentType.JSON).header("If-Match", Meetings.etag(meetings.get(1)))
                .body("{\"reason\":\"The chair is at the Pre-Budget Report\"}")
                .when().post("/meetings/" + meetings.get(1) + "/cancel").then().statusCode(200);

        assertThat(actionsArising(2)).containsExactly(id);
    }

    @Test
    void shouldNotCarryADroppedAction() {
        held.hold(meetings.get(0));
        String id = Records.action(meetings.get(0), "Study", "Cabinet Office", "2009-11-30");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"Not needed\"}")
                .when().post("/actions/" + id + "/drop").then().statusCode(200);

        held.hold(meetings.get(1));

        assertThat(actionsArising(2)).isEmpty();
    }

    /** The action ids of the MATTERS_ARISING items of meeting {@code index}, in agenda order. */
    private List<String> actionsArising(int index) {
        return Records.mattersArising(meetings.get(index)).stream().map(item -> (String) item.get("actionId")).toList();
    }
}
