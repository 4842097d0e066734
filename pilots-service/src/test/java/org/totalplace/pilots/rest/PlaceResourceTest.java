package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.ParallelPlaceJson;
import org.totalplace.pilots.support.PilotJson;

/**
 * Tags on pilots, the places directory and "places doing similar work". Other tests' places may share these tags,
 * so rankings are read whole and checked on this test's places.
 */
@QuarkusTest
class PlaceResourceTest {

    @Test
    void shouldSetAPilotsTagsAsSlugsOnlyWithTheCurrentETag() {
        String pilot = registerPilot();

        given().contentType(ContentType.JSON).body(Map.of("tags", List.of("Older people")))
                .put("/pilots/{p}/tags", pilot).then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(Map.of("tags", List.of("Older people")))
                .put("/pilots/{p}/tags", pilot).then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("tags", List.of("Older people", "Health", "health", "Housing")))
                .put("/pilots/{p}/tags", pilot).then()
                .statusCode(200).header("ETag", "\"1\"").body("tags", contains("health", "housing", "older-people"));
        given().get("/pilots/{p}", pilot).then().statusCode(200).header("ETag", "\"1\"")
                .body("tags", contains("health", "housing", "older-people"));
    }

    @Test
    void shouldKeepTheVersionWhenTheTagsDoNotChange() {
        String pilot = registerPilot();
        tag(pilot, 0, "older-people");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("tags", List.of("Older People")))
                .put("/pilots/{p}/tags", pilot).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void shouldRefuseTagsWithoutAListOrWithABlankTag() {
        String pilot = registerPilot();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .put("/pilots/{p}/tags", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("tags"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("tags", List.of("ok", " ")))
                .put("/pilots/{p}/tags", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("tags[1]"));
    }

    /**
     * Jaccard |A ∩ B| / |A ∪ B| against {reoffending, work-and-skills, young-people} (3 tags), worked by hand:
     * parallel {reoffending, work-and-skills}: 2 / (3+2−2) = 2/3 = 0.6667; pilot {young-people, leaving-care,
     * reoffending, older-people, independence}: 2 / (3+5−2) = 1/3 = 0.3333; parallel {reoffending}: 1 / (3+1−1) = 1/3,
     * the same score with fewer tags shared, so after it; pilot {obesity, reoffending, road-safety,
     * families-with-complex-needs}: 1 / (3+4−1) = 1/6 = 0.1667; pilot {under-fives}: nothing shared, left out.
     */
    @Test
    void shouldRankPlacesSharingMoreTagsFirst() {
        String to = registerPilot();
        tag(to, 0, "Reoffending", "Work and skills", "Young people");
        String twoOfSix = registerPilot();
        tag(twoOfSix, 0, "Young people", "Leaving care", "Reoffending", "Older people", "Independence");
        String oneOfSix = registerPilot();
        tag(oneOfSix, 0, "Obesity", "Reoffending", "Road safety", "Families with complex needs");
        String nothingShared = registerPilot();
        tag(nothingShared, 0, "Under fives");
        ParallelPlaceJson twoOfThree = ParallelPlaceJson.valid().with("tags", List.of("reoffending", "work-and-skills"));
        twoOfThree.register();
        ParallelPlaceJson oneOfThree = ParallelPlaceJson.valid().with("tags", List.of("Reoffending"));
        oneOfThree.register();
        Set<String> ours = Set.of(twoOfSix, oneOfSix, nothingShared, twoOfThree.code(), oneOfThree.code(), to);

        List<Map<String, Object>> ranking = given().queryParam("to", to).queryParam("size", 200)
                .get("/places/similar").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> ourRanking = ranking.stream().filter(item -> ours.contains(item.get("code"))).toList();

        assertThat(ourRanking).extracting(item -> item.get("code"))
                .containsExactly(twoOfThree.code(), twoOfSix, oneOfThree.code(), oneOfSix);
        assertThat(ourRanking).extracting(item -> item.get("score").toString())
                .containsExactly("0.6667", "0.3333", "0.3333", "0.1667");
        assertThat(ourRanking).extracting(item -> item.get("kind"))
                .containsExactly("PARALLEL_PLACE", "PILOT", "PARALLEL_PLACE", "PILOT");
        assertThat(ourRanking.get(1).get("sharedTags")).isEqualTo(List.of("reoffending", "young-people"));
        assertThat(ranking).extracting(item -> item.get("code")).doesNotContain(to);
    }

    @Test
    void shouldListThePlacesWithATagPilotsAndParallelPlacesTogether() {
        String tag = "tag-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String pilot = registerPilot();
        tag(pilot, 0, tag);
        ParallelPlaceJson parallel = ParallelPlaceJson.valid().with("tags", List.of(tag));
        parallel.register();
        registerPilot();

        given().queryParam("tag", tag.toUpperCase()).get("/places").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains(java.util.stream.Stream.of(pilot, parallel.code()).sorted().toArray()))
                .body("items.kind", hasItem("PARALLEL_PLACE"))
                .body("items.kind", hasItem("PILOT"));
        given().queryParam("tag", "&&").get("/places").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("tag"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPlaceAnd400WithoutOne() {
        given().queryParam("to", "nowhere-at-all").get("/places/similar").then().spec(problem(404, "not-found"));
        given().get("/places/similar").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldFindPlacesSimilarToAParallelPlace() {
        String tag = "tag-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ParallelPlaceJson parallel = ParallelPlaceJson.valid().with("tags", List.of(tag));
        parallel.register();
        String pilot = registerPilot();
        tag(pilot, 0, tag);

        given().queryParam("to", parallel.code()).get("/places/similar").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(pilot))
                .body("items[0].score", equalTo(1.0f))
                .body("items.code", not(hasItem(parallel.code())));
    }

    private static String registerPilot() {
        PilotJson json = PilotJson.valid();
        given().contentType(ContentType.JSON).body(json.body()).post("/pilots").then().statusCode(201);
        return json.code();
    }

    private static void tag(String pilot, long version, String... tags) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(Map.of("tags", List.of(tags)))
                .put("/pilots/{p}/tags", pilot).then().statusCode(200);
    }
}
