package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.ModerationRows;
import org.totalplace.spend.support.Submissions;

/**
 * Partner bodies expected in a pilot's count but with no submission. Memberships are written as the consumer keeps
 * them (PartnerBodyEventsTest sends them through the broker); submissions are opened through the API.
 */
@QuarkusTest
class MissingBodiesResourceTest {

    @Inject
    KnownPilots pilots;

    @Inject
    ModerationRows rows;

    @Test
    void shouldExpectOnlyBodiesThatWereMembersForSomeOfTheYear() {
        UUID pilot = pilots.known("Leicester & Leicestershire", "East Midlands", List.of());
        rows.member(pilot, "Leicester City Council", "LOCAL_AUTHORITY", "E06000016", "2008-04-01", null);
        rows.member(pilot, "Leicestershire County Council", "LOCAL_AUTHORITY", "E10000018", "2010-03-31", null);
        rows.member(pilot, "Leicestershire Police Authority", "POLICE_AUTHORITY", null, "2008-04-01", "2009-04-01");
        rows.member(pilot, "Left before the year", "THIRD_SECTOR", null, "2008-04-01", "2009-03-31");
        rows.member(pilot, "Joined after the year", "THIRD_SECTOR", null, "2010-04-01", null);

        JsonPath report = given().queryParam("year", "2009-10")
                .when().get("/pilots/{id}/moderation/missing-bodies", pilot)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("expected")).isEqualTo(3);
        assertThat(report.getList("missing.name")).containsExactly("Leicester City Council",
                "Leicestershire County Council", "Leicestershire Police Authority");
        assertThat(report.getList("present")).isEmpty();
    }

    @Test
    void shouldCountASubmissionInAnyStateMatchedByNameOrCodeAndListOnesMatchingNoBody() {
        UUID pilot = pilots.known("Leicester & Leicestershire", "East Midlands", List.of());
        rows.member(pilot, "Leicester City Council", "LOCAL_AUTHORITY", "E06000016", "2008-04-01", null);
        rows.member(pilot, "Leicester City Primary Care Trust", "PRIMARY_CARE_TRUST", "5PC", "2008-04-01", null);
        rows.member(pilot, "Leicestershire Fire and Rescue", "FIRE_AND_RESCUE", null, "2008-04-01", null);
        Submissions.open(pilot, "leicester city council", "2009-10");
        String pct = Submissions.open(pilot, "5pc", "2009-10");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"state\":\"SUBMITTED\"}")
                .when().put("/submissions/{id}/state", pct).then().statusCode(200);
        Submissions.open(pilot, "Leicester CC", "2009-10");
        Submissions.open(pilot, "Leicestershire Fire and Rescue", "2010-11");

        JsonPath report = given().queryParam("year", "2009-10")
                .when().get("/pilots/{id}/moderation/missing-bodies", pilot)
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("missing.name")).containsExactly("Leicestershire Fire and Rescue");
        assertThat(report.getList("present.body.name")).containsExactly("Leicester City Council",
                "Leicester City Primary Care Trust");
        assertThat(report.getList("present[1].submissions.state")).containsExactly("SUBMITTED");
        assertThat(report.getList("unmatchedSubmissions.body")).containsExactly("Leicester CC");
    }

    @Test
    void shouldRefuseAMissingOrBadYearAndAnUnknownPilot() {
        UUID pilot = pilots.known("Kent", "South East", List.of());

        given().when().get("/pilots/{id}/moderation/missing-bodies", pilot)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
        given().queryParam("year", "2009-11").when().get("/pilots/{id}/moderation/missing-bodies", pilot)
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().queryParam("year", "2009-10").when().get("/pilots/{id}/moderation/missing-bodies", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:totalplace:problem:not-found"));
    }
}
