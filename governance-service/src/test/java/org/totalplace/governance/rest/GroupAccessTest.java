package org.totalplace.governance.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.governance.rest.BarrierAccessTest.as;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;

/** A pilot board is its pilot's record; every other group is the whole programme's. */
@QuarkusTest
class GroupAccessTest {

    @Inject
    KnownPilots pilots;

    private String lewisham;
    private String londonBoard;
    private String northEastBoard;

    @BeforeEach
    void aBoardInLondonAndOneInTheNorthEast() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        lewisham = "lewisham-" + unique;
        londonBoard = Meetings.pilotBoard(pilots.known(lewisham, "Lewisham", "London"));
        northEastBoard = Meetings.pilotBoard(pilots.known("gateshead-" + unique, "Gateshead", "North East"));
    }

    @Test
    void shouldListToAPilotLeadTheBoardOfItsOwnPilotOnly() {
        as("pilot-lead", List.of(lewisham), null).queryParam("kind", "PILOT_BOARD").queryParam("size", 200)
                .get("/groups").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(londonBoard));
    }

    @Test
    void shouldLetAPilotLeadReadTheProgrammesGroupsButNotAnotherPilotsBoard() {
        String meeting = Meetings.oneOff(northEastBoard, LocalDate.of(2009, 11, 16));

        as("pilot-lead", List.of(lewisham), null).get("/groups/officials-group").then().statusCode(200);
        as("pilot-lead", List.of(lewisham), null).get("/groups/" + londonBoard).then().statusCode(200);
        as("pilot-lead", List.of(lewisham), null).get("/meetings/" + meeting).then()
                .spec(problem(403, "forbidden"))
                .body("detail", containsString("read pilot only for pilots [" + lewisham + "]"));
    }

    @Test
    void shouldShowAGovernmentOfficeTheBoardsOfItsRegionOnly() {
        as("go-officer", List.of(), "North East").get("/groups/" + northEastBoard).then().statusCode(200);
        as("go-officer", List.of(), "North East").get("/groups/" + londonBoard).then().spec(problem(403, "forbidden"));
    }
}
