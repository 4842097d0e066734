package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.ParallelPlaceJson;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.testkit.TestTokens;

/**
 * Senior leaders' networking events: "hosted by the pilots ... held in Birmingham, Leicestershire and Croydon", the
 * next in Gateshead with the Secretary of State, John Denham, speaking (seed 001; the paper of 19 January 2010 dates
 * that event "15 January 2009", which can only be 2010).
 */
@QuarkusTest
class NetworkingEventResourceTest {

    private String host;
    private String hostRegion;

    @BeforeEach
    void registerAHostPilot() {
        host = registerPilot("North East");
        hostRegion = "North East";
    }

    @Test
    void shouldRecordANetworkingEventHostedByAPilot() {
        Response created = record(gateshead(host));

        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/networking-events/" + created.path("id")))
                .body("title", equalTo("Senior leaders networking event"))
                .body("heldOn", equalTo("2010-01-15"))
                .body("host.kind", equalTo("PILOT"))
                .body("host.code", equalTo(host))
                .body("speakers[0].name", equalTo("John Denham"))
                .body("speakers[0].topic", equalTo("The pilots' findings for the Budget"))
                .body("attendees.name", contains("A councillor", "A Whitehall official"))
                .body("attendees[1].organisation", nullValue());
        given().get("/networking-events/{id}", created.path("id").toString()).then().statusCode(200)
                .header("ETag", "\"0\"").body("host.code", equalTo(host));
    }

    @Test
    void shouldRecordANetworkingEventHostedByAParallelPlace() {
        ParallelPlaceJson parallel = ParallelPlaceJson.valid();
        parallel.register();

        record(gateshead(parallel.code())).then().statusCode(201)
                .body("host.kind", equalTo("PARALLEL_PLACE"))
                .body("host.code", equalTo(parallel.code()));
    }

    @Test
    void shouldNameTheFieldOfEveryInvalidPart() {
        Map<String, Object> blankSpeaker = gateshead(host);
        blankSpeaker.put("speakers", List.of(Map.of("name", " ", "organisation", "CLG")));
        record(blankSpeaker).then().spec(problem(400, "validation"))
                .body("errors.field", contains("speakers[0].name"));

        Map<String, Object> noDay = gateshead(host);
        noDay.remove("heldOn");
        record(noDay).then().spec(problem(400, "validation"))
                .body("errors.field", contains("heldOn"));

        record(gateshead("nowhere-at-all")).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("host"))
                .body("errors[0].message", containsString("nowhere-at-all"));

        Map<String, Object> badDay = gateshead(host);
        badDay.put("heldOn", "2010-02-30");
        record(badDay).then().statusCode(400);
    }

    @Test
    void shouldListEventsByHostAndBetweenDays() {
        record(on(host, "2009-09-01")).then().statusCode(201);
        record(on(host, "2009-11-20")).then().statusCode(201);
        record(on(host, "2010-01-15")).then().statusCode(201);

        given().queryParam("host", host).get("/networking-events").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.heldOn", contains("2009-09-01", "2009-11-20", "2010-01-15"));
        given().queryParam("host", host).queryParam("from", "2009-10-01").queryParam("to", "2009-12-31")
                .get("/networking-events").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].heldOn", equalTo("2009-11-20"));
        given().queryParam("host", host).queryParam("size", 2).get("/networking-events").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("host", "nowhere-at-all").get("/networking-events").then().spec(problem(404, "not-found"));
        given().queryParam("from", "15/01/2010").get("/networking-events").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2010-01-15").queryParam("to", "2009-06-01").get("/networking-events").then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must not be before from"));
    }

    @Test
    void shouldReplaceAnEventOnlyWithTheCurrentETag() {
        String id = record(gateshead(host)).path("id");
        Map<String, Object> corrected = gateshead(host);
        corrected.put("title", "Senior leaders networking event, Gateshead");

        given().contentType(ContentType.JSON).body(corrected).put("/networking-events/{id}", id).then()
                .spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(corrected)
                .put("/networking-events/{id}", id).then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .put("/networking-events/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Senior leaders networking event, Gateshead"));
    }

    @Test
    void shouldLetAPilotsStaffRecordOnlyTheirOwnPilotsEvents() {
        String elsewhere = registerPilot("London");
        ParallelPlaceJson parallel = ParallelPlaceJson.valid();
        parallel.register();
        String lead = TestTokens.forRole("pilot-lead", List.of(host), hostRegion);

        as(lead).body(gateshead(host)).post("/networking-events").then().statusCode(201);
        as(lead).body(gateshead(elsewhere)).post("/networking-events").then().spec(problem(403, "forbidden"))
                .body("detail", containsString("pilot " + elsewhere));
        as(lead).body(gateshead(parallel.code())).post("/networking-events").then().spec(problem(403, "forbidden"));
        as(TestTokens.forRole("secretariat", List.of(), null)).body(gateshead(host)).post("/networking-events").then()
                .spec(problem(403, "forbidden"));
        as(TestTokens.forRole("go-officer", List.of(), hostRegion)).body(gateshead(host)).post("/networking-events")
                .then().spec(problem(403, "forbidden"));

        String theirs = record(gateshead(elsewhere)).path("id");
        as(lead).header("If-Match", "\"0\"").body(gateshead(host)).put("/networking-events/{id}", theirs).then()
                .spec(problem(403, "forbidden"));
        as(TestTokens.forRole("secretariat", List.of(), null)).get("/networking-events/{id}", theirs).then()
                .statusCode(200);
        as(TestTokens.forRole("reader", List.of(), null)).get("/networking-events/{id}", theirs).then()
                .spec(problem(403, "forbidden"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> gateshead(String host) {
        Map<String, Object> event = new HashMap<>();
        event.put("title", "Senior leaders networking event");
        event.put("heldOn", "2010-01-15");
        event.put("host", host);
        Map<String, Object> official = new HashMap<>();
        official.put("name", "A Whitehall official");
        official.put("organisation", null);
        event.put("attendees", List.of(Map.of("name", "A councillor", "organisation", "Gateshead Council"), official));
        event.put("speakers", List.of(Map.of("name", "John Denham", "organisation", "Communities and Local Government",
                "topic", "The pilots' findings for the Budget")));
        return event;
    }

    private static Map<String, Object> on(String host, String day) {
        Map<String, Object> event = gateshead(host);
        event.put("heldOn", day);
        return event;
    }

    private static Response record(Map<String, Object> event) {
        return given().contentType(ContentType.JSON).body(event).post("/networking-events");
    }

    private static String registerPilot(String region) {
        PilotJson json = PilotJson.valid().with("region", region);
        given().contentType(ContentType.JSON).body(json.body()).post("/pilots").then().statusCode(201);
        return json.code();
    }
}
