package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.StoredRows;

/** Every way a request can be wrong is a problem+json naming what to fix, and a refused write stores nothing. */
@QuarkusTest
class PilotProblemsTest {

    @Inject
    StoredRows rows;

    // --- the body is not JSON, or not the JSON we take ---------------------------------------------

    @Test
    void shouldRejectMalformedJsonNamingWhereItBroke() {
        String code = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\n  \"code\": \"" + code + "\",\n  \"name\": ,\n  \"region\": \"London\"\n}";

        postRaw(body).spec(problem(400, "malformed-json"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", notNullValue())
                .body("instance", equalTo("/pilots"));
        assertNothingStored(code);
    }

    @Test
    void shouldRejectMalformedJsonInsideAListNamingTheElement() {
        String code = "broken-" + UUID.randomUUID().toString().substring(0, 8);

        postRaw("{\"code\": \"" + code + "\", \"aliases\": [\"Kent\", ]}").spec(problem(400, "malformed-json"))
                .body("errors[0].field", equalTo("aliases[1]"))
                .body("errors[0].line", equalTo(1));
        assertNothingStored(code);
    }

    @Test
    void shouldRejectAFieldTheApiDoesNotKnow() {
        PilotJson pilot = PilotJson.valid().with("colour", "blue");

        post(pilot).spec(problem(400, "unknown-field"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("region"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectARegionGivenAsANumber() {
        PilotJson pilot = PilotJson.valid().with("region", 5);

        post(pilot).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("Yorkshire and The Humber"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectANameGivenAsANumber() {
        PilotJson pilot = PilotJson.valid().with("name", 5);

        post(pilot).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string (got 5)"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectAliasesThatAreNotAnArrayOfStrings() {
        post(PilotJson.valid().with("aliases", "Kent")).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("aliases"))
                .body("errors[0].message", equalTo("must be an array"));
        post(PilotJson.valid().with("aliases", List.of("Kent", 7))).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("aliases[1]"));
    }

    @Test
    void shouldRejectABodyThatIsNotAnObject() {
        postRaw("[1, 2]").spec(problem(400, "validation")).body("errors[0].field", equalTo(""));
    }

    @Test
    void shouldRejectAMissingBody() {
        postRaw("").spec(problem(400, "validation")).body("errors[0].field", equalTo("body"));
    }

    // --- the JSON breaks the rules -------------------------------------------------------------------

    @Test
    void shouldRejectAPilotWithoutARegion() {
        PilotJson pilot = PilotJson.valid().without("region");

        post(pilot).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("region")))
                .body("errors[0].message", equalTo("must not be null"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectABlankName() {
        PilotJson pilot = PilotJson.valid().with("name", "   ");

        post(pilot).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("name")))
                .body("detail", containsString("name must not be blank"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectACodeThatIsNotLowercaseKebab() {
        PilotJson pilot = PilotJson.valid().with("code", "Lewisham_Borough");

        post(pilot).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("code")))
                .body("errors[0].message", containsString("lowercase"));
        assertNothingStored("Lewisham_Borough");
    }

    @Test
    void shouldRejectAPilotWithUnknownRegionListingTheRegions() {
        PilotJson pilot = PilotJson.valid().with("region", "Narnia");

        post(pilot).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", equalTo("must be one of: " + String.join(", ", Region.displayNames())));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRejectABlankAliasNamingItsPosition() {
        PilotJson pilot = PilotJson.valid().with("aliases", List.of("Fine", " "));

        post(pilot).spec(problem(400, "validation")).body("errors.field", equalTo(List.of("aliases[1]")));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldReportEveryInvalidFieldAtOnce() {
        PilotJson pilot = PilotJson.valid().with("name", "").without("place").with("theme", "x".repeat(1001));

        post(pilot).spec(problem(400, "validation")).body("errors.field", hasItems("name", "place", "theme"));
    }

    // --- the request is fine, what is stored says no -----------------------------------------------

    @Test
    void shouldRejectADuplicateCodeAsAConflict() {
        PilotJson first = PilotJson.valid();
        post(first).statusCode(201);
        PilotJson second = PilotJson.valid().with("code", first.code());

        post(second).spec(problem(409, "conflict")).body("errors.field", equalTo(List.of("code")));
        assertThat(rows.pilotsWithCode(first.code())).isOne();
        assertThat(rows.outboxRowsMentioning(second.name())).isZero();
    }

    @Test
    void shouldRejectAnAliasThatIsAnotherPilotsName() {
        PilotJson first = PilotJson.valid();
        post(first).statusCode(201);
        PilotJson second = PilotJson.valid().with("aliases", List.of(first.name().toUpperCase()));

        post(second).spec(problem(409, "conflict"))
                .body("errors.field", equalTo(List.of("aliases[0]")))
                .body("errors[0].message", containsString(first.code()));
        assertNothingStored(second.code());
    }

    @Test
    void shouldRejectANameThatIsAnotherPilotsAlias() {
        PilotJson first = PilotJson.valid();
        post(first).statusCode(201);
        @SuppressWarnings("unchecked")
        String alias = ((List<String>) first.body().get("aliases")).get(0);
        PilotJson second = PilotJson.valid().with("name", alias.toLowerCase());

        post(second).spec(problem(409, "conflict")).body("errors.field", equalTo(List.of("name")));
        assertNothingStored(second.code());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownIdOrCode() {
        given().get("/pilots/{id}", UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/pilots/no-such-pilot").then().spec(problem(404, "not-found"))
                .body("detail", containsString("no-such-pilot"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PilotJson.valid().body())
                .put("/pilots/{id}", UUID.randomUUID()).then().spec(problem(404, "not-found"));
    }

    // --- updates need the version they change --------------------------------------------------------

    @Test
    void shouldRequireIfMatchToReplaceAPilot() {
        PilotJson pilot = PilotJson.valid();
        String location = post(pilot).statusCode(201).extract().header("Location");

        given().contentType(ContentType.JSON).body(pilot.with("theme", "Changed").body()).put(location).then()
                .spec(problem(428, "precondition-required"))
                .body("errors.field", equalTo(List.of("If-Match")));
        given().get(location).then().header("ETag", "\"0\"").body("theme", equalTo(PilotJson.valid().body().get("theme")));
        assertThat(rows.outboxRowsMentioning("Changed")).isZero();
    }

    @Test
    void shouldRefuseAReplacementBasedOnAStaleVersion() {
        PilotJson pilot = PilotJson.valid();
        String location = post(pilot).statusCode(201).extract().header("Location");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(pilot.body()).put(location)
                .then().statusCode(200);
        String theme = "Stale change " + UUID.randomUUID();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(pilot.with("theme", theme).body())
                .put(location).then()
                .spec(problem(412, "precondition-failed"))
                .body("detail", containsString("\"1\""));
        given().get(location).then().header("ETag", "\"1\"");
        assertThat(rows.outboxRowsMentioning(theme)).isZero();
    }

    @Test
    void shouldRefuseToChangeAPilotsCode() {
        PilotJson pilot = PilotJson.valid();
        String location = post(pilot).statusCode(201).extract().header("Location");
        String newCode = "renamed-" + UUID.randomUUID().toString().substring(0, 8);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(pilot.with("code", newCode).body())
                .put(location).then()
                .spec(problem(409, "conflict"))
                .body("errors.field", equalTo(List.of("code")));
        assertNothingStored(newCode);
    }

    // --- HTTP itself ---------------------------------------------------------------------------------

    @Test
    void shouldRefuseABodyOverTheSizeLimit() {
        PilotJson pilot = PilotJson.valid().with("theme", "x".repeat(300_000));

        post(pilot).spec(problem(413, "payload-too-large")).body("errors[0].field", equalTo("Content-Length"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        PilotJson pilot = PilotJson.valid();

        given().contentType(ContentType.TEXT).body("code=" + pilot.code()).post("/pilots").then()
                .spec(problem(415, "unsupported-media-type"))
                .body("errors[0].field", equalTo("Content-Type"));
        assertNothingStored(pilot.code());
    }

    @Test
    void shouldRefuseAMethodThePathDoesNotSupport() {
        given().delete("/pilots").then()
                .spec(problem(405, "method-not-allowed"))
                .body("detail", equalTo("DELETE is not allowed on /pilots"));
    }

    @Test
    void shouldRefuseARequestForARepresentationItCannotGive() {
        given().accept(ContentType.XML).get("/pilots").then().spec(problem(406, "not-acceptable"));
    }

    @Test
    void shouldRejectListParametersOutOfRange() {
        given().queryParam("size", 0).get("/pilots").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("size")));
        given().queryParam("size", "lots").queryParam("page", -1).get("/pilots").then()
                .spec(problem(400, "validation")).body("errors.field", equalTo(List.of("page", "size")));
        given().queryParam("size", 201).get("/pilots").then().spec(problem(400, "validation"));
    }

    @Test
    void shouldRejectSortingByAFieldNotOnTheList() {
        given().queryParam("sort", "theme").get("/pilots").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("sort")));
    }

    @Test
    void shouldRejectFilteringByAnUnknownRegion() {
        given().queryParam("region", "Wessex").get("/pilots").then().spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("region")))
                .body("errors.message", hasItem(containsString("South West")));
    }

    // -----------------------------------------------------------------------------------------------

    private static ValidatableResponse post(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then();
    }

    private static ValidatableResponse postRaw(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/pilots").then();
    }

    private void assertNothingStored(String code) {
        assertThat(rows.pilotsWithCode(code)).as("pilot rows with code %s", code).isZero();
        assertThat(rows.outboxRowsMentioning("\"" + code + "\"")).as("outbox rows about %s", code).isZero();
    }
}
