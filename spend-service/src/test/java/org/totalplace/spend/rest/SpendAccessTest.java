package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.CountFigures;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.Submissions;
import org.totalplace.testkit.TestTokens;

/** The rules particular to spend: who moves a submission where, bodies naming a pilot, and the aggregate's scope. */
@QuarkusTest
class SpendAccessTest {

    @Inject
    KnownPilots pilots;

    @Inject
    CountFigures count;

    @AfterAll
    static void forgetTheRuleVersionsMadeHere() {
        io.quarkus.arc.Arc.container().instance(CountFigures.class).get().forgetRuleVersions();
    }

    private static RequestSpecification as(String role, UUID pilot, String region) {
        return given().auth().none().header("Authorization", "Bearer "
                + TestTokens.forRole(role, List.of(KnownPilots.codeOf(pilot)), region));
    }

    private static RequestSpecification move(RequestSpecification caller, String version, String state) {
        return caller.contentType(ContentType.JSON).header("If-Match", version).body("{\"state\":\"" + state + "\"}");
    }

    @Test
    void shouldLetAPilotLeadSubmitTheirSubmissionButNotModerateIt() {
        UUID pilot = pilots.known("Access submit", "London", List.of());
        String submission = Submissions.open(pilot, "Council", "2011-12");

        move(as("pilot-lead", pilot, null), "\"0\"", "SUBMITTED").put("/submissions/{id}/state", submission)
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));
        move(as("pilot-lead", pilot, null), "\"1\"", "MODERATED").put("/submissions/{id}/state", submission)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("may not moderate"));
        move(as("pilot-analyst", pilot, null), "\"1\"", "DRAFT").put("/submissions/{id}/state", submission)
                .then().statusCode(403).body("detail", containsString("may not moderate"));
        move(as("moderator", pilot, null), "\"1\"", "DRAFT").put("/submissions/{id}/state", submission)
                .then().statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void shouldLetAModeratorModerateAndAcceptASubmissionButNotSubmitIt() {
        UUID pilot = pilots.known("Access moderate", "North East", List.of());
        String submission = Submissions.open(pilot, "Council", "2011-12");

        move(as("moderator", pilot, null), "\"0\"", "SUBMITTED").put("/submissions/{id}/state", submission)
                .then().statusCode(403).body("detail", containsString("may not submit spend"));
        move(given(), "\"0\"", "SUBMITTED").put("/submissions/{id}/state", submission).then().statusCode(200);
        move(as("moderator", pilot, null), "\"1\"", "MODERATED").put("/submissions/{id}/state", submission)
                .then().statusCode(200);
        move(as("moderator", pilot, null), "\"2\"", "ACCEPTED").put("/submissions/{id}/state", submission)
                .then().statusCode(200).body("state", equalTo("ACCEPTED"));
    }

    @Test
    void shouldRefuseAGovernmentOfficeMovingASubmissionItMayRead() {
        UUID pilot = pilots.known("Access region", "North East", List.of());
        String submission = Submissions.open(pilot, "Council", "2011-12");

        as("go-officer", pilot, "North East").get("/submissions/{id}", submission).then().statusCode(200);
        move(as("go-officer", pilot, "North East"), "\"0\"", "SUBMITTED").put("/submissions/{id}/state", submission)
                .then().statusCode(403);
        as("go-officer", pilot, "London").get("/submissions/{id}", submission).then().statusCode(403)
                .body("detail", containsString("region London"));
    }

    @Test
    void shouldRefuseAPilotLeadWritingForAnotherPilotBeforeFindingFaultWithTheBody() {
        UUID own = pilots.known("Access own", "London", List.of());
        UUID other = pilots.known("Access other", "North East", List.of());
        String invalidSubmission = "{\"pilotId\":\"%s\",\"body\":\"\",\"financialYear\":\"2011-13\"}";
        String invalidLine = "{\"pilotId\":\"%s\",\"body\":\"\",\"financialYear\":\"x\",\"amount\":null}";

        as("pilot-lead", own, null).contentType(ContentType.JSON).body(invalidSubmission.formatted(other))
                .post("/submissions").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(KnownPilots.codeOf(other)));
        as("pilot-lead", own, null).contentType(ContentType.JSON).body(invalidLine.formatted(other))
                .post("/spend-lines").then().statusCode(403);
        as("pilot-lead", own, null).contentType(ContentType.JSON).body(invalidSubmission.formatted(own))
                .post("/submissions").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems(
                        "body", "financialYear"));
    }

    @Test
    void shouldShowARecordOfAPilotNotKnownHereOnlyToRolesReachingEveryPilot() {
        UUID unknown = UUID.randomUUID();
        String submission = Submissions.open(unknown, "Council", "2011-12");

        as("pilot-lead", unknown, null).get("/submissions/{id}", submission).then().statusCode(403);
        as("go-officer", unknown, "London").get("/submissions/{id}", submission).then().statusCode(403);
        as("moderator", unknown, null).get("/submissions/{id}", submission).then().statusCode(200);
        as("pilot-lead", unknown, null).contentType(ContentType.JSON)
                .body("{\"pilotId\":\"%s\",\"body\":\"Police\",\"financialYear\":\"2011-12\"}".formatted(unknown))
                .post("/submissions").then().statusCode(403);
    }

    @Test
    void shouldCountOnlyTheCallersSubmissionsInAPagesTotal() {
        String year = "2032-33";
        UUID own = pilots.known("Access total own", "London", List.of());
        UUID other = pilots.known("Access total other", "North East", List.of());
        String mine = Submissions.open(own, "Council", year);
        Submissions.open(other, "Council", year);
        Submissions.open(other, "Police", year);

        as("pilot-lead", own, null).queryParam("financialYear", year).queryParam("size", "1")
                .get("/submissions").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(mine)));
        given().queryParam("financialYear", year).get("/submissions").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void shouldSumOnlyThePilotsInTheCallersScopeInTheCellsAndTheTotals() {
        UUID own = pilots.known("Aggregate own", "London", List.of());
        UUID neighbour = pilots.known("Aggregate neighbour", "London", List.of());
        UUID elsewhere = pilots.known("Aggregate elsewhere", "North East", List.of());
        int version = count.newRuleVersion("access aggregate", false);
        count.figure(version, own, "2009-10", "bottom-up", "Council", "10", "10.2", "revenue", null, "100.00", 1);
        count.figure(version, neighbour, "2009-10", "bottom-up", "Council", "10", "10.2", "revenue", null, "20.00", 2);
        count.figure(version, elsewhere, "2009-10", "bottom-up", "Council", "10", "10.2", "revenue", null, "3.00", 4);
        count.population(elsewhere, "2009-10", 987_654L, null);

        JsonPath lead = aggregate(as("pilot-lead", own, null), version, "pilot");
        assertThat(lead.getList("cells.pilot.id", String.class)).containsExactly(own.toString());
        assertThat(lead.getString("summary.'amount.sum'.amount")).isEqualTo("100.00");
        assertThat(lead.getLong("summary.'lines.count'")).isEqualTo(1);
        assertThat(lead.getInt("total_cell_count")).isEqualTo(1);

        JsonPath region = aggregate(as("go-officer", own, "London"), version, "pilot");
        assertThat(region.getList("cells.pilot.id", String.class))
                .containsExactlyInAnyOrder(own.toString(), neighbour.toString());
        assertThat(region.getString("summary.'amount.sum'.amount")).isEqualTo("120.00");

        JsonPath byYear = aggregate(as("pilot-lead", own, null), version, "financialYear");
        assertThat(byYear.getString("cells[0].'amount.sum'.amount")).isEqualTo("100.00");

        JsonPath everyone = aggregate(as("moderator", own, null), version, "pilot");
        assertThat(everyone.getString("summary.'amount.sum'.amount")).isEqualTo("123.00");
    }

    @Test
    void shouldShowNothingOfAnotherPilotCutByName() {
        UUID own = pilots.known("Aggregate cut own", "London", List.of());
        UUID elsewhere = pilots.known("Aggregate cut elsewhere", "North East", List.of());
        int version = count.newRuleVersion("access aggregate cut", false);
        count.figure(version, elsewhere, "2009-10", "bottom-up", "Council", "10", "10.2", "revenue", null, "3.00", 4);
        count.population(elsewhere, "2009-10", 987_654L, null);

        String body = as("pilot-lead", own, null).queryParam("drilldown", "pilot")
                .queryParam("cut", "ruleVersion:" + version + "|pilot:" + KnownPilots.codeOf(elsewhere)
                        + "|financialYear:2009-10")
                .queryParam("perCapita", "true")
                .get("/aggregate").then().statusCode(200)
                .body("total_cell_count", equalTo(0))
                .body("summary.'amount.sum'.amount", equalTo("0.00"))
                .extract().asString();
        assertThat(body).doesNotContain("987654").doesNotContain(elsewhere.toString());
    }

    private static JsonPath aggregate(RequestSpecification caller, int version, String drilldown) {
        return caller.queryParam("drilldown", drilldown).queryParam("cut", "ruleVersion:" + version)
                .get("/aggregate").then().statusCode(200).extract().jsonPath();
    }
}
