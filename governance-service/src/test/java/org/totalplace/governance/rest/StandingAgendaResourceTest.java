package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.Meetings;

@QuarkusTest
class StandingAgendaResourceTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2009, 11, 16);
    private static final String THREE_ITEMS = """
            {"items":[{"title":"Showcasing key achievements","minutesAllotted":15},
                      {"title":"Listening to the pilots"},
                      {"title":"Key programme risks and issues","minutesAllotted":20}]}""";

    @Test
    void shouldReadTheOfficialsGroupsSixStandingItemsInTheSeedsOrder() {
        String etag = given().get("/groups/officials-group/standing-agenda")
                .then().statusCode(200)
                .body("groupCode", equalTo("officials-group"))
                .body("items.position", contains(1, 2, 3, 4, 5, 6))
                .body("items[0].title", equalTo("Showcasing key achievements within the past period; the outlook for "
                        + "the next period; and progress against key milestones"))
                .body("items[1].title", equalTo("Listening to and learning from the progress of the work in the 13 pilot areas"))
                .extract().header("ETag");

        given().header("If-None-Match", etag).get("/groups/officials-group/standing-agenda").then().statusCode(304);
    }

    @Test
    void shouldReplaceTheWholeStandingAgendaOnlyAgainstItsOwnETag() {
        String group = Meetings.group("OTHER", "MONTHLY");
        given().get("/groups/" + group + "/standing-agenda").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("items.size()", equalTo(0));

        given().contentType(ContentType.JSON).body(THREE_ITEMS)
                .when().put("/groups/" + group + "/standing-agenda").then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(THREE_ITEMS)
                .when().put("/groups/" + group + "/standing-agenda").then().spec(problem(412, "precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(THREE_ITEMS)
                .when().put("/groups/" + group + "/standing-agenda")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("items.position", contains(1, 2, 3))
                .body("items.minutesAllotted", contains(15, null, 20));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"items":[{"title":"Any other business"}]}""")
                .when().put("/groups/" + group + "/standing-agenda")
                .then().statusCode(200).header("ETag", equalTo("\"2\""));

        given().get("/groups/" + group + "/standing-agenda").then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("items.title", contains("Any other business"))
                .body("items[0].minutesAllotted", nullValue());
        given().get("/groups/" + group).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")); // the group itself did not change
    }

    @Test
    void shouldLeaveMeetingsAlreadyGeneratedWithTheAgendaTheyWereGiven() {
        String group = Meetings.group("OTHER", "MONTHLY");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(THREE_ITEMS)
                .when().put("/groups/" + group + "/standing-agenda").then().statusCode(200);
        List<String> generated = Meetings.series(group, NOVEMBER, 2);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("""
                        {"items":[{"title":"Barriers escalated by the pilots"},{"title":"Any other business"}]}""")
                .when().put("/groups/" + group + "/standing-agenda").then().statusCode(200);

        for (String meeting : generated) {
            given().get("/meetings/" + meeting).then().statusCode(200)
                    .body("version", equalTo(0))
                    .body("agenda.title", contains("Showcasing key achievements", "Listening to the pilots",
                            "Key programme risks and issues"));
        }
        String later = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"January meeting","date":"2010-01-18","standingAgenda":true}""")
                .when().post("/groups/" + group + "/meetings").then().statusCode(201).extract().path("id");
        given().get("/meetings/" + later).then().statusCode(200)
                .body("agenda.title", contains("Barriers escalated by the pilots", "Any other business"));
    }

    @Test
    void shouldRefuseMoreThanThirtyItems() {
        String group = Meetings.group("OTHER", "MONTHLY");
        String item = "{\"title\":\"Item\"}";
        String thirtyOne = "{\"items\":[" + String.join(",", Collections.nCopies(31, item)) + "]}";
        String thirty = "{\"items\":[" + String.join(",", Collections.nCopies(30, item)) + "]}";

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(thirtyOne)
                .when().put("/groups/" + group + "/standing-agenda")
                .then().spec(problem(400, "validation")).body("errors.field", hasItem("items"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(thirty)
                .when().put("/groups/" + group + "/standing-agenda")
                .then().statusCode(200).body("items.size()", equalTo(30)).body("items[29].position", equalTo(30));
    }

    @Test
    void shouldRefuseAStandingItemWithoutATitleNamingIt() {
        String group = Meetings.group("OTHER", "MONTHLY");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"items":[{"title":"Listening to the pilots"},{"title":" ","minutesAllotted":0}]}""")
                .when().put("/groups/" + group + "/standing-agenda")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("items[1].title"))
                .body("errors.field", hasItem("items[1].minutesAllotted"));
        given().get("/groups/no-such-group/standing-agenda").then().spec(problem(404, "not-found"));
    }
}
