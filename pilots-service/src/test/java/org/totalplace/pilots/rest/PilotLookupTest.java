package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;

/**
 * A pilot is found by any spelling the sources use. The names carry a tag of their own, because the
 * reference pilots ("Manchester &amp; Warrington" itself) are registered by another test in this database.
 */
@QuarkusTest
class PilotLookupTest {

    @Test
    void shouldFindAPilotByEverySpellingOfItsNameAndAliases() {
        String tag = tag();
        PilotJson pilot = PilotJson.valid().with("name", "Manchester & Warrington " + tag)
                .with("aliases", List.of("10 Manchester LAs and Warrington " + tag));
        String id = register(pilot);

        for (String spelling : List.of("Manchester & Warrington " + tag, "manchester and warrington " + tag,
                "MANCHESTER  &  WARRINGTON " + tag, "10 Manchester LAs and Warrington " + tag,
                "10 manchester las & warrington " + tag, pilot.code())) {
            given().queryParam("name", spelling).get("/pilots/lookup").then().log().ifValidationFails()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id))
                    .body("name", equalTo("Manchester & Warrington " + tag));
        }
    }

    @Test
    void shouldFindAPilotWhoseSpellingsUseSlashesCommasAndAmpersands() {
        String tag = tag();
        String id = register(PilotJson.valid().with("name", "Luton & Central Bedfordshire " + tag)
                .with("aliases", List.of("Luton/ Central Beds " + tag)));

        for (String spelling : List.of("Luton/ Central Beds " + tag, "Luton, Central Beds " + tag, "luton central beds " + tag,
                "Luton & Central Bedfordshire " + tag, "Luton and Central Bedfordshire " + tag)) {
            given().queryParam("name", spelling).get("/pilots/lookup").then().log().ifValidationFails()
                    .statusCode(200).body("id", equalTo(id));
        }
    }

    @Test
    void shouldAnswerNotFoundNamingTheNearestPilots() {
        String tag = tag();
        PilotJson pilot = PilotJson.valid().with("name", "Coventry " + tag);
        register(pilot);

        given().queryParam("name", "Coventri " + tag).get("/pilots/lookup").then()
                .spec(problem(404, "not-found"))
                .body("detail", allOf(containsString("No pilot goes by 'Coventri " + tag + "'"),
                        containsString("nearest: Coventry " + tag + " (" + pilot.code() + ")")));
        given().queryParam("name", "Nowhere at all " + tag).get("/pilots/lookup").then()
                .spec(problem(404, "not-found"))
                .body("detail", equalTo("No pilot goes by 'Nowhere at all " + tag + "' (code, name or alias)"));
    }

    @Test
    void shouldRequireASpellingToLookUp() {
        given().get("/pilots/lookup").then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void shouldRefuseANameThatOnlyDiffersFromAnotherPilotsByAmpersandOrSeparators() {
        String tag = tag();
        register(PilotJson.valid().with("name", "South Tyneside/ Gateshead/ Sunderland " + tag));

        given().contentType(ContentType.JSON)
                .body(PilotJson.valid().with("aliases", List.of("south tyneside, gateshead, sunderland " + tag)).body())
                .post("/pilots").then()
                .spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("aliases[0]"));
    }

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 6);
    }
}
