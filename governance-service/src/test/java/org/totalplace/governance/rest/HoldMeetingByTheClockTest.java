package org.totalplace.governance.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.governance.support.Problems.problem;
import static org.totalplace.governance.support.Registers.register;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.Registers;

/** A meeting is held on or after its day by the service's clock, set here as in the autumn of 2009. */
@QuarkusTest
class HoldMeetingByTheClockTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2009, 11, 18);

    private static void setTheClockTo(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }

    @Test
    void shouldRefuseToHoldAMeetingBeforeItsDayAndHoldItOnTheDay() {
        setTheClockTo("2009-11-17T16:00:00Z");
        String group = Meetings.group("OTHER", null);
        String meeting = Meetings.oneOff(group, MEETING_DAY);
        Registers.record(meeting, register(List.of())).statusCode(200);

        Registers.hold(meeting).spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("after today (2009-11-17)"));

        setTheClockTo("2009-11-18T10:00:00Z");
        Registers.hold(meeting).statusCode(200).body("status", equalTo("HELD"));
    }
}
