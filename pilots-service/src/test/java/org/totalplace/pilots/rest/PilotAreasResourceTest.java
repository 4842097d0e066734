package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.AreaRows;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.StoredRows;

@QuarkusTest
class PilotAreasResourceTest {

    private static final String AREAS_CHANGED = "totalplace.pilots.pilot-areas-changed.v1";

    @Inject
    AreaRows areaRows;

    @Inject
    StoredRows rows;

    @Test
    void shouldResolveAreasGivenByNameGssCodeAndRegisterCodeAndBumpThePilotVersion() {
        String id = register(PilotJson.valid());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("areas", List.of("Warrington", "E08000001", "MAN")))
                .put("/pilots/{id}/areas", id).then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("asAt", equalTo("2009-10-01"))
                .body("areas.name", contains("Bolton", "Manchester", "Warrington"))
                .body("areas.gssCode", contains("E08000001", "E08000003", "E06000007"))
                .body("areas.registerCode", contains("BOL", "MAN", "WRT"))
                .body("areas[0].type", equalTo("Metropolitan district"))
                .body("areas[0].region", equalTo("North West"));

        given().get("/pilots/{id}/areas", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("areas.registerCode", contains("BOL", "MAN", "WRT"));
        given().get("/pilots/{id}", id).then().header("ETag", "\"1\"");
        assertThat(areaRows.registerCodes(UUID.fromString(id))).containsExactly("BOL", "MAN", "WRT");
    }

    @Test
    void shouldResolveTheAreasAsTheyWereOnTheProgrammeDate() {
        String id = register(PilotJson.valid());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("areas", List.of("Dorset", "Poole", "Bournemouth", "Gateshead")))
                .put("/pilots/{id}/areas", id).then()
                .statusCode(200)
                .body("areas.name", contains("Bournemouth", "Dorset County", "Gateshead", "Poole"))
                .body("areas.gssCode", contains("E06000028", "E10000009", "E08000020", "E06000029"))
                .body("areas.region", contains("South West", "South West", "North East", "South West"));
    }

    @Test
    void shouldRejectUnknownAndAmbiguousAreasNamingEachFieldWithItsCandidatesAndStoreNothing() {
        String id = register(PilotJson.valid());
        put(id, "\"0\"", List.of("Bolton", "Bury"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("areas", List.of("Bolton", "Salford", "Newcastle", "Boltn")))
                .put("/pilots/{id}/areas", id).then()
                .spec(problem(422, "rule-violation"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("areas[2]"))
                .body("errors[0].message", allOf(containsString("could be any of 2 areas"),
                        containsString("Newcastle upon Tyne (E08000021)"), containsString("Newcastle-under-Lyme (E07000195)")))
                .body("errors[1].field", equalTo("areas[3]"))
                .body("errors[1].message", allOf(containsString("'Boltn' names no local authority"),
                        containsString("Bolton (E08000001)")));

        given().get("/pilots/{id}/areas", id).then()
                .header("ETag", "\"1\"").body("areas.name", contains("Bolton", "Bury"));
        assertThat(areaRows.registerCodes(UUID.fromString(id))).containsExactly("BOL", "BUR");
        assertThat(areaRows.events(UUID.fromString(id), AREAS_CHANGED)).isOne();
    }

    @Test
    void shouldKeepAndReplaceAnAreaThatHadNoGssCode() {
        String id = register(PilotJson.valid());
        put(id, "\"0\"", List.of("Limavady", "Derry"));

        given().get("/pilots/{id}/areas", id).then()
                .body("areas.registerCode", contains("NIR-A", "NIR-B"))
                .body("areas[0].gssCode", equalTo(null))
                .body("areas[0].region", equalTo("Northern Ireland"));
        put(id, "\"1\"", List.of("Limavady"));
        assertThat(areaRows.registerCodes(UUID.fromString(id))).containsExactly("NIR-B");
    }

    @Test
    void shouldRejectTheSameAreaGivenTwice() {
        String id = register(PilotJson.valid());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("areas", List.of("Bolton", "E08000001")))
                .put("/pilots/{id}/areas", id).then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("areas[1]"))
                .body("errors[0].message", equalTo("names Bolton (E08000001) again, as areas[0] does"));
    }

    @Test
    void shouldRequireIfMatchToReplaceTheAreas() {
        String id = register(PilotJson.valid());

        given().contentType(ContentType.JSON).body(Map.of("areas", List.of("Bolton")))
                .put("/pilots/{id}/areas", id).then()
                .spec(problem(428, "precondition-required"));
        assertThat(areaRows.registerCodes(UUID.fromString(id))).isEmpty();
    }

    @Test
    void shouldRefuseToReplaceTheAreasOfAnOlderVersion() {
        String id = register(PilotJson.valid());
        put(id, "\"0\"", List.of("Bolton"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("areas", List.of("Bury")))
                .put("/pilots/{id}/areas", id).then()
                .spec(problem(412, "precondition-failed"));
        assertThat(areaRows.registerCodes(UUID.fromString(id))).containsExactly("BOL");
    }

    @Test
    void shouldChangeNothingWhenTheSameAreasAreGivenAgain() {
        String id = register(PilotJson.valid());
        put(id, "\"0\"", List.of("Bolton", "Bury"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("areas", List.of("BUR", "E08000001")))
                .put("/pilots/{id}/areas", id).then()
                .statusCode(200).header("ETag", "\"1\"");
        assertThat(areaRows.events(UUID.fromString(id), AREAS_CHANGED)).isOne();
    }

    @Test
    void shouldAnswerNotFoundForTheAreasOfAnUnknownPilot() {
        given().get("/pilots/{id}/areas", "no-such-pilot").then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRequireTheAreasListInTheBody() {
        String id = register(PilotJson.valid());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .put("/pilots/{id}/areas", id).then()
                .spec(problem(400, "validation"))
                .body("errors.field", hasItem("areas"));
    }

    @Test
    void shouldRegisterAPilotWithItsAreas() {
        PilotJson pilot = PilotJson.valid().with("areas", List.of("Luton", "Central Bedfordshire"));

        String id = given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then()
                .statusCode(201).header("ETag", "\"0\"").extract().path("id");

        given().get("/pilots/{id}/areas", id).then()
                .header("ETag", "\"0\"")
                .body("areas.gssCode", contains("E06000056", "E06000032"));
    }

    @Test
    void shouldRegisterNothingWhenAnAreaOfTheNewPilotIsUnknown() {
        PilotJson pilot = PilotJson.valid().with("areas", List.of("Luton", "Bedfordshire"));

        given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("areas[1]"))
                .body("errors[0].message", containsString("Central Bedfordshire (E06000056)"));
        assertThat(rows.pilotsWithCode(pilot.code())).isZero();
    }

    @Test
    void shouldReplaceTheAreasWithThePilotOnlyWhenTheyAreGiven() {
        PilotJson pilot = PilotJson.valid().with("areas", List.of("Kent"));
        String id = register(pilot);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(pilot.without("areas").body())
                .put("/pilots/{id}", id).then().statusCode(200);
        given().get("/pilots/{id}/areas", id).then().body("areas.name", contains("Kent"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(pilot.with("areas", List.of("Croydon")).body())
                .put("/pilots/{id}", id).then().statusCode(200).header("ETag", "\"2\"");
        given().get("/pilots/{id}/areas", id).then().header("ETag", "\"2\"").body("areas.name", contains("Croydon"));
    }

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    private static void put(String id, String ifMatch, List<String> areas) {
        given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(Map.of("areas", areas))
                .put("/pilots/{id}/areas", id).then().statusCode(200);
    }
}
