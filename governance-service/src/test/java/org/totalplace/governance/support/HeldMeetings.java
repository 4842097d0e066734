package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MinutesStatus;

/**
 * Moves meetings on for tests about what comes after: holding one goes through the API, quorate (every voting
 * member in post that day present — a group without any first gets a chair — then {@code POST /held}); approving
 * its minutes is set directly on the entity, for tests that need only the approved state (the minutes' own way
 * there is MinutesResourceTest's business).
 */
@ApplicationScoped
public class HeldMeetings {

    private final Clock clock;

    HeldMeetings(Clock clock) {
        this.clock = clock;
    }

    public void hold(String meetingId) {
        JsonPath meeting = Meetings.read(meetingId);
        String groupId = meeting.getString("groupId");
        LocalDate day = LocalDate.parse(meeting.getString("date"));
        List<String> voting = votingMembers(groupId, day);
        if (voting.isEmpty()) {
            Registers.member(groupId, "Chair of the test group", "CHAIR", null, day.minusYears(1), null);
            voting = votingMembers(groupId, day);
        }
        Registers.record(meetingId, Registers.register(voting.stream()
                .map(id -> Registers.entry(id, "PRESENT", null)).toList())).statusCode(200);
        Registers.hold(meetingId).statusCode(200).body("quorate", equalTo(true));
    }

    private static List<String> votingMembers(String groupId, LocalDate day) {
        List<Map<String, Object>> items = given().queryParam("asOf", day.toString()).queryParam("size", 200)
                .get("/groups/" + groupId + "/memberships")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .filter(item -> List.of("CHAIR", "VICE_CHAIR", "MEMBER").contains(item.get("role")))
                .map(item -> (String) item.get("id"))
                .toList();
    }

    @Transactional
    public void approveMinutes(String meetingId) {
        Meeting meeting = Meeting.findById(UUID.fromString(meetingId));
        meeting.moveMinutesTo(MinutesStatus.APPROVED, clock.instant());
    }
}
