package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PartnerBodyJson;
import org.totalplace.pilots.support.PilotJson;

/**
 * Partner bodies renamed, merged or abolished without losing history. The example is the Government Offices, whose
 * closure the Secretary of State announced in July 2010, with CLG leading the transfer of their remaining functions
 * (seed 003); the effective date is the test's.
 */
@QuarkusTest
class PartnerBodySuccessionTest {

    /** "Today": after the closure took effect. */
    private static final Instant NOW = Instant.parse("2012-06-01T10:00:00Z");

    private PartnerBodyJson goNorthEast;
    private String goId;
    private PartnerBodyJson clg;
    private String pilot;

    @BeforeEach
    void registerAGovernmentOfficeInAPilotsPartnership() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        goNorthEast = PartnerBodyJson.of("GOVERNMENT_OFFICE").with("code", "GO-" + PartnerBodyJson.unusedOdsCode())
                .with("region", "North East").with("establishedOn", "1994-04-01");
        goId = goNorthEast.register();
        clg = PartnerBodyJson.of("CENTRAL_DEPARTMENT_OR_AGENCY").with("code", "CLG-" + PartnerBodyJson.unusedOdsCode());
        clg.register();
        PilotJson json = PilotJson.valid().with("region", "North East");
        pilot = json.code();
        given().contentType(ContentType.JSON).body(json.body()).post("/pilots").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("bodyId", goId, "from", "2009-06-01"))
                .post("/pilots/{p}/partner-bodies", pilot).then().statusCode(201);
    }

    @Test
    void shouldShowTheSuccessorInCurrentViewsButTheOriginalInPastMemberships() {
        Response recorded = succeed(goId, "ABOLISHED", "2011-04-01", clg.code(),
                "Closure of the Government Offices for the Regions");

        recorded.then()
                .statusCode(201)
                .header("Location", endsWith("/partner-bodies/" + goId))
                .body("name", equalTo(goNorthEast.name()))
                .body("endedOn", equalTo("2011-04-01"))
                .body("successor.code", equalTo(clg.code()))
                .body("successor.name", equalTo(clg.name()))
                .body("successor.since", equalTo("2011-04-01"))
                .body("successor.kind", equalTo("ABOLISHED"))
                .body("successions[0].reason", equalTo("Closure of the Government Offices for the Regions"));

        // current views: today, and the body itself
        given().get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].body.id", equalTo(goId))
                .body("items[0].body.successor.code", equalTo(clg.code()))
                .body("items[0].body.successor.since", equalTo("2011-04-01"))
                .body("items[0].body.endedOn", equalTo("2011-04-01"));
        given().get("/partner-bodies/{id}", goId).then().statusCode(200)
                .body("successor.name", equalTo(clg.name()));

        // past views: the body as it was
        given().queryParam("asOf", "2010-07-01").get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items[0].body.id", equalTo(goId))
                .body("items[0].body.name", equalTo(goNorthEast.name()))
                .body("items[0].body.successor", nullValue())
                .body("items[0].body.endedOn", nullValue());
        given().queryParam("history", true).get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items[0].body.name", equalTo(goNorthEast.name()))
                .body("items[0].body.successor", nullValue());
        given().queryParam("asOf", "2010-07-01").get("/partner-bodies/{id}/pilots", goId).then().statusCode(200)
                .body("items[0].body.successor", nullValue());
    }

    @Test
    void shouldKeepTheFormerNameForPastViewsWhenABodyIsRenamed() {
        String newName = goNorthEast.name() + " (renamed)";

        succeed(goId, "RENAMED", "2010-04-01", newName, null).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("name", equalTo(newName))
                .body("successor", nullValue())
                .body("names.name", contains(goNorthEast.name(), newName))
                .body("names[0].from", equalTo("1994-04-01"))
                .body("names[0].to", equalTo("2010-03-31"))
                .body("names[1].from", equalTo("2010-04-01"))
                .body("names[1].to", nullValue());

        given().queryParam("asOf", "2009-10-01").get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items[0].body.name", equalTo(goNorthEast.name()));
        given().get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items[0].body.name", equalTo(newName));
        given().queryParam("history", true).get("/pilots/{p}/partner-bodies", pilot).then().statusCode(200)
                .body("items[0].body.name", equalTo(goNorthEast.name()));
    }

    @Test
    void shouldEndABodyOnlyOnce() {
        succeed(goId, "ABOLISHED", "2011-04-01", null, null).then().statusCode(201)
                .body("successor", nullValue()).body("endedOn", equalTo("2011-04-01"));

        succeed(goId, "MERGED", "2011-05-01", clg.code(), null).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("a body ends once"));
        succeed(goId, "RENAMED", "2011-05-01", "Anything", null).then().spec(problem(409, "conflict"));
    }

    @Test
    void shouldRefuseASuccessionIntoItselfBeforeItWasEstablishedOrIntoNoBody() {
        succeed(goId, "MERGED", "2011-04-01", goNorthEast.code().toLowerCase(), null).then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("successor"))
                .body("errors[0].message", equalTo("a body cannot succeed itself"));
        succeed(goId, "ABOLISHED", "1990-01-01", clg.code(), null).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("effectiveOn"));
        succeed(goId, "MERGED", "2011-04-01", null, null).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("successor"));
        succeed(goId, "MERGED", "2011-04-01", "NO-SUCH-BODY", null).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("successor"));
        succeed(goId, "DISSOLVED", "2011-04-01", clg.code(), null).then().spec(problem(400, "validation"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ABOLISHED"))
                .post("/partner-bodies/{id}/successions", goId).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("effectiveOn"));
        succeed("NO-SUCH-BODY", "ABOLISHED", "2011-04-01", null, null).then().spec(problem(404, "not-found"));
        given().get("/partner-bodies/{id}", goId).then().statusCode(200).header("ETag", "\"0\"")
                .body("successions", hasSize(0));
    }

    @Test
    void shouldRefuseAnEstablishmentDayAfterTheFirstSuccession() {
        succeed(goId, "RENAMED", "2010-04-01", "GO North East", null).then().statusCode(201);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(goNorthEast.with("name", "GO North East").with("establishedOn", "2010-05-01").body())
                .put("/partner-bodies/{id}", goId).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("establishedOn"));
    }

    private static Response succeed(String body, String kind, String effectiveOn, String successor, String reason) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put("effectiveOn", effectiveOn);
        request.put("successor", successor);
        request.put("reason", reason);
        return given().contentType(ContentType.JSON).body(request).post("/partner-bodies/{id}/successions", body);
    }
}
