package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.ParallelPlaceJson;
import org.totalplace.pilots.support.PilotJson;

/** Parallel places: registered, read, listed and replaced like pilots, but never among the pilots. */
@QuarkusTest
class ParallelPlaceResourceTest {

    @Test
    void shouldRegisterAParallelPlaceWithItsTagsAsSlugs() {
        ParallelPlaceJson json = ParallelPlaceJson.valid().with("tags", List.of("Older people", "Under fives", "older-people"));

        Response created = given().contentType(ContentType.JSON).body(json.body()).post("/parallel-places");

        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/parallel-places/" + created.path("id")))
                .body("code", equalTo(json.code()))
                .body("region", equalTo("North West"))
                .body("tags", contains("older-people", "under-fives"));
        given().get("/parallel-places/{code}", json.code().toUpperCase()).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(created.path("id")));
    }

    @Test
    void shouldNeverListAParallelPlaceAmongThePilots() {
        String theme = "Parallel not pilot " + UUID.randomUUID();
        ParallelPlaceJson json = ParallelPlaceJson.valid().with("theme", theme);
        String id = json.register();

        given().queryParam("size", 200).queryParam("theme", theme).get("/pilots").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("size", 200).get("/pilots").then().statusCode(200)
                .body("items.code", not(hasItem(json.code())));
        given().get("/pilots/{code}", json.code()).then().spec(problem(404, "not-found"));
        given().get("/pilots/{id}", id).then().spec(problem(404, "not-found"));
        given().queryParam("theme", theme).get("/parallel-places").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(json.code()));
    }

    @Test
    void shouldFilterParallelPlacesByRegionThemeAndTag() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ParallelPlaceJson northWest = ParallelPlaceJson.valid().with("theme", "Older people " + marker)
                .with("tags", List.of("tag-" + marker));
        ParallelPlaceJson london = ParallelPlaceJson.valid().with("region", "London").with("theme", "Older people " + marker)
                .with("tags", List.of("other-" + marker));
        northWest.register();
        london.register();

        given().queryParam("theme", marker).get("/parallel-places").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", contains(sorted(northWest.code(), london.code())));
        given().queryParam("theme", marker).queryParam("region", "London").get("/parallel-places").then()
                .statusCode(200).body("items.code", contains(london.code()));
        given().queryParam("tag", "Tag " + marker).get("/parallel-places").then()
                .statusCode(200).body("items.code", contains(northWest.code()));
        given().queryParam("region", "Wessex").get("/parallel-places").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void shouldReplaceAParallelPlaceOnlyWithTheCurrentETag() {
        ParallelPlaceJson json = ParallelPlaceJson.valid();
        String id = json.register();
        ParallelPlaceJson changed = json.with("tags", List.of("Families with complex needs"));

        given().contentType(ContentType.JSON).body(changed.body()).put("/parallel-places/{id}", id).then()
                .spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed.body())
                .put("/parallel-places/{id}", id).then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed.body())
                .put("/parallel-places/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("tags", contains("families-with-complex-needs"));
    }

    @Test
    void shouldRefuseAParallelPlaceWithAPilotsCodeAndAPilotWithAParallelPlacesCode() {
        PilotJson pilot = PilotJson.valid();
        given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201);
        ParallelPlaceJson parallel = ParallelPlaceJson.valid();
        parallel.register();

        given().contentType(ContentType.JSON).body(ParallelPlaceJson.valid().with("code", pilot.code()).body())
                .post("/parallel-places").then().spec(problem(409, "conflict"))
                .body("errors.field", hasItem("code"))
                .body("errors.message", hasItem(containsString("pilot '" + pilot.code() + "'")));
        given().contentType(ContentType.JSON).body(PilotJson.valid().with("code", parallel.code()).body())
                .post("/pilots").then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldRefuseATagWithNoLettersOrDigitsNamingIt() {
        given().contentType(ContentType.JSON).body(ParallelPlaceJson.valid().with("tags", List.of("ok", "&&")).body())
                .post("/parallel-places").then().spec(problem(422, "rule-violation"))
                .body("errors.field", everyItem(equalTo("tags[1]")));
    }

    private static String[] sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toArray(String[]::new);
    }
}
