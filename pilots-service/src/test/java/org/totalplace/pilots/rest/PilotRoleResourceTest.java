package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;

/** The people in a pilot's roles: one pilot lead, GO lead and DG champion at a time, any number of locality managers. */
@QuarkusTest
class PilotRoleResourceTest {

    private static final Instant NOW = Instant.parse("2010-02-05T09:30:00Z");

    private String pilot;
    private String pilotCode;

    @BeforeEach
    void setTheClockAndRegisterAPilot() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        PilotJson json = PilotJson.valid();
        pilotCode = json.code();
        pilot = given().contentType(ContentType.JSON).body(json.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldAppointAPilotLeadAndReadTheAppointmentBack() {
        Response assigned = assign(pilotCode, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)
                .with("organisation", "London Borough of Lewisham"));
        String id = assigned.path("id");

        assigned.then()
                .statusCode(201)
                .header("Location", endsWith("/pilots/" + pilot + "/roles/" + id))
                .header("ETag", "\"0\"")
                .body("pilotId", equalTo(pilot))
                .body("pilotCode", equalTo(pilotCode))
                .body("role", equalTo("PILOT_LEAD"))
                .body("person", equalTo("Barry Quirk"))
                .body("organisation", equalTo("London Borough of Lewisham"))
                .body("from", equalTo("2009-06-01"))
                .body("to", nullValue());
        given().get(assigned.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("person", equalTo("Barry Quirk"));
    }

    @Test
    void shouldRejectAnOverlappingPilotLeadNamingTheCurrentHolderAndTheirDates() {
        assign(pilot, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).then().statusCode(201);

        assign(pilot, role("PILOT_LEAD", "Jane Smith", "2010-01-01", null)).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("one pilot lead at a time"))
                .body("errors[0].message", containsString("Barry Quirk holds the role from 2009-06-01 with no end date"));
        roles(pilot, Map.of("history", "true")).body("total", equalTo(1));
    }

    @Test
    void shouldRejectAnOverlappingGoLeadAndDgChampionToo() {
        assign(pilot, role("GO_LEAD", "Ann Other", "2009-06-01", "2009-12-31")).then().statusCode(201);
        assign(pilot, role("DG_CHAMPION", "Sam Jones", "2009-06-01", null)).then().statusCode(201);

        assign(pilot, role("GO_LEAD", "Jane Smith", "2009-12-31", null)).then().spec(problem(409, "conflict"))
                .body("errors[0].message", containsString("Ann Other holds the role from 2009-06-01 to 2009-12-31"));
        assign(pilot, role("DG_CHAMPION", "Jane Smith", "2009-01-01", "2009-06-01")).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("Sam Jones"));
    }

    @Test
    void shouldHandThePilotLeadOverOnceTheFirstAppointmentEnds() {
        String first = assign(pilot, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).then().statusCode(201)
                .extract().path("id");

        end(pilot, first, "2009-12-31").statusCode(200)
                .header("ETag", "\"1\"")
                .body("to", equalTo("2009-12-31"));
        assign(pilot, role("PILOT_LEAD", "Jane Smith", "2010-01-01", null)).then().statusCode(201);

        roles(pilot, Map.of("asOf", "2009-12-31")).body("items.person", equalTo(List.of("Barry Quirk")));
        roles(pilot, Map.of("asOf", "2010-01-01")).body("items.person", equalTo(List.of("Jane Smith")));
        roles(pilot, Map.of("history", "true")).body("items.person", equalTo(List.of("Barry Quirk", "Jane Smith")));
    }

    @Test
    void shouldLetLocalityManagersOverlap() {
        assign(pilot, role("LOCALITY_MANAGER", "Ann Other", "2009-06-01", null)).then().statusCode(201);
        assign(pilot, role("LOCALITY_MANAGER", "Sam Jones", "2009-09-01", null)).then().statusCode(201);
        assign(pilot, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).then().statusCode(201);

        roles(pilot, Map.of("asOf", "2009-10-01", "role", "LOCALITY_MANAGER"))
                .body("items.person", equalTo(List.of("Ann Other", "Sam Jones")));
        roles(pilot, Map.of("asOf", "2009-10-01")).body("total", equalTo(3));
    }

    @Test
    void shouldRejectAPersonHoldingTheSameRoleTwiceAtOnce() {
        assign(pilot, role("LOCALITY_MANAGER", "Ann Other", "2009-06-01", null)).then().statusCode(201);

        assign(pilot, role("LOCALITY_MANAGER", "ann other", "2009-09-01", null)).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("person"));
    }

    @Test
    void shouldListTheRolesOfTodayByTheClockWhenNoDayIsGiven() {
        assign(pilot, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", "2010-02-04")).then().statusCode(201);
        assign(pilot, role("PILOT_LEAD", "Jane Smith", "2010-02-05", null)).then().statusCode(201);

        roles(pilot, Map.of()).body("items.person", equalTo(List.of("Jane Smith")));
    }

    @Test
    void shouldKeepOneRoleOfAPilotApartFromTheSameRoleOfAnother() {
        String other = given().contentType(ContentType.JSON).body(PilotJson.valid().body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
        assign(pilot, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).then().statusCode(201);

        assign(other, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).then().statusCode(201);
    }

    @Test
    void shouldRejectATermEndingBeforeItStarts() {
        assign(pilot, role("GO_LEAD", "Ann Other", "2009-06-01", "2009-05-31")).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be on or after from (2009-06-01)"));
        roles(pilot, Map.of("history", "true")).body("total", equalTo(0));
    }

    @Test
    void shouldRejectEndingBeforeTheFirstDayInTheRole() {
        String id = assign(pilot, role("GO_LEAD", "Ann Other", "2009-06-01", null)).path("id");

        end(pilot, id, "2009-01-01").spec(problem(422, "rule-violation")).body("errors[0].field", equalTo("to"));
        given().get("/pilots/{p}/roles/{r}", pilot, id).then().body("to", nullValue());
    }

    @Test
    void shouldRejectEndingAnAppointmentTwice() {
        String id = assign(pilot, role("DG_CHAMPION", "Sam Jones", "2009-06-01", null)).path("id");
        end(pilot, id, "2010-03-31").statusCode(200);

        end(pilot, id, "2010-04-30").spec(problem(409, "conflict"))
                .body("errors[0].message", containsString("already ends on 2010-03-31"));
    }

    @Test
    void shouldRefuseToEndWhenIfMatchIsStale() {
        String id = assign(pilot, role("DG_CHAMPION", "Sam Jones", "2009-06-01", null)).path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("to", "2010-03-31"))
                .post("/pilots/{p}/roles/{r}/end", pilot, id).then().spec(problem(412, "precondition-failed"));
        given().get("/pilots/{p}/roles/{r}", pilot, id).then().body("to", nullValue());
    }

    @Test
    void shouldAnswerNotFoundForAnAppointmentOfAnotherPilotOrNone() {
        String other = given().contentType(ContentType.JSON).body(PilotJson.valid().body()).post("/pilots").then()
                .statusCode(201).extract().path("id");
        String id = assign(other, role("PILOT_LEAD", "Barry Quirk", "2009-06-01", null)).path("id");

        given().get("/pilots/{p}/roles/{r}", pilot, id).then().spec(problem(404, "not-found"));
        end(pilot, id, "2010-03-31").spec(problem(404, "not-found"));
        given().get("/pilots/{p}/roles/{r}", pilot, "not-a-uuid").then().spec(problem(404, "not-found"));
        given().get("/pilots/{p}/roles", "no-such-pilot").then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRejectAnUnknownRoleOrAMissingPerson() {
        assign(pilot, role("CHIEF_EXECUTIVE", "Barry Quirk", "2009-06-01", null)).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("LOCALITY_MANAGER"));
        assign(pilot, role("PILOT_LEAD", " ", "2009-06-01", null)).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("person"));
        given().queryParam("role", "MAYOR").get("/pilots/{p}/roles", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("role"));
    }

    // -----------------------------------------------------------------------------------------------

    private static RoleJson role(String role, String person, String from, String to) {
        return new RoleJson().with("person", person).with("role", role).with("from", from).with("to", to);
    }

    private static Response assign(String pilot, RoleJson role) {
        return given().contentType(ContentType.JSON).body(role.fields).post("/pilots/{p}/roles", pilot);
    }

    private static ValidatableResponse end(String pilot, String roleId, String to) {
        return given().contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/pilots/{p}/roles/{r}/end", pilot, roleId).then();
    }

    private static ValidatableResponse roles(String pilot, Map<String, String> query) {
        return given().queryParams(query).get("/pilots/{p}/roles", pilot).then().statusCode(200);
    }

    /** A role request; {@code to} may be null, which a Map.of could not hold. */
    private static final class RoleJson {
        private final Map<String, Object> fields = new HashMap<>();

        RoleJson with(String field, Object value) {
            fields.put(field, value);
            return this;
        }
    }
}
