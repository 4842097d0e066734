package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;

/** The meeting's ETag moves with every change to its agenda even when the clock stands still. */
@QuarkusTest
class MeetingVersionTest {

    @BeforeEach
    void stopTheClock() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2009-10-01T09:00:00Z"), ZoneOffset.UTC), Clock.class);
    }

    @Test
    void shouldMoveTheMeetingsETagOnEveryAgendaChangeUnderAFixedClock() {
        String meeting = Meetings.oneOff(Meetings.group("OTHER", "MONTHLY"), LocalDate.of(2009, 10, 19));

        for (int version = 0; version < 3; version++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("""
                            {"title":"Item %d"}""".formatted(version + 1))
                    .when().post("/meetings/" + meeting + "/agenda")
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"" + (version + 1) + "\""));
        }
        given().get("/meetings/" + meeting).then().header("ETag", equalTo("\"3\""));
    }
}
