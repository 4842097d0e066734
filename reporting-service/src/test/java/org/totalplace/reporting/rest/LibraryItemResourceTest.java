package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.TestTokens;

/** The library's contract: anonymised stories, filters, full-text search, field-named problems, If-Match. */
@QuarkusTest
class LibraryItemResourceTest {

    static final String STORY_BODY = "Mary Jones, 84, of Rushey Green had eleven different visitors a week from five "
            + "agencies. Mary said nobody knew who the others were.";

    static Map<String, Object> item(String kind, String title, String body, String date) {
        Map<String, Object> item = new HashMap<>();
        item.put("kind", kind);
        item.put("title", title);
        item.put("body", body);
        item.put("date", date);
        item.put("source", "Total Place update 49, Leadership Centre for Local Government");
        item.put("places", List.of("lewisham"));
        item.put("themes", List.of("older-people"));
        item.put("tags", List.of("home care"));
        return item;
    }

    static Map<String, Object> story(boolean consent, String date) {
        Map<String, Object> story = item("CITIZEN_STORY", "Mary Jones: eleven visitors a week", STORY_BODY, date);
        story.put("consentToPublish", consent);
        story.put("identifyingDetails", List.of(Map.of("text", "Mary Jones", "shownAs", "a resident"),
                Map.of("text", "Mary", "shownAs", "she"), Map.of("text", "Rushey Green", "shownAs", "Lewisham")));
        return story;
    }

    static JsonPath create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/library-items")
                .then().statusCode(201).extract().jsonPath();
    }

    private static String reader() {
        return TestTokens.forRole("reader", List.of(), null);
    }

    @Test
    void shouldAnonymiseAStoryByDefault() {
        String id = create(story(true, "2010-07-20")).getString("id");

        for (String token : List.of(TestTokens.programmeOffice(), reader())) {
            given().auth().oauth2(token).get("/library-items/{id}", id).then().statusCode(200)
                    .body("title", equalTo("A resident: eleven visitors a week"))
                    .body("body", equalTo("A resident, 84, of Lewisham had eleven different visitors a week from five "
                            + "agencies. She said nobody knew who the others were."))
                    .body("anonymised", equalTo(true))
                    .body("anonymise", equalTo(true));
        }
        // the programme office sees what was replaced; a reader never does
        given().get("/library-items/{id}", id).then().body("identifyingDetails.text",
                hasItems("Mary Jones", "Mary", "Rushey Green"));
        String asReader = given().auth().oauth2(reader()).get("/library-items/{id}", id).then().extract().asString();
        assertThat(asReader).doesNotContain("Mary").doesNotContain("Rushey").doesNotContain("identifyingDetails");
    }

    @Test
    void shouldShowTheNamesOnlyToTheProgrammeOfficeAndOnlyWithConsentAndAnonymiseOff() {
        Map<String, Object> named = story(true, "2010-07-21");
        named.put("anonymise", false);
        String id = create(named).getString("id");

        given().get("/library-items/{id}", id).then().statusCode(200)
                .body("title", equalTo("Mary Jones: eleven visitors a week"))
                .body("body", equalTo(STORY_BODY))
                .body("anonymised", equalTo(false));
        given().auth().oauth2(reader()).get("/library-items/{id}", id).then().statusCode(200)
                .body("title", equalTo("A resident: eleven visitors a week"))
                .body("anonymised", equalTo(true))
                .body("identifyingDetails", nullValue());
    }

    @Test
    void shouldRefuseToNameAStoryWithoutConsentNamingTheField() {
        Map<String, Object> named = story(false, "2010-07-21");
        named.put("anonymise", false);

        given().contentType(ContentType.JSON).body(named).post("/library-items").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:rule-violation"))
                .body("errors.field", hasItem("anonymise"));
    }

    @Test
    void shouldNameEveryMissingOrIllFormedField() {
        Map<String, Object> bad = item("GOSSIP", " ", "text", null);
        bad.put("url", "ftp://example.org/report");
        bad.put("themes", List.of("Older People"));

        given().contentType(ContentType.JSON).body(bad).post("/library-items").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", hasItems("kind", "title", "date", "url", "themes[0]"))
                .body("errors.field", not(hasItem("body")));
        given().contentType(ContentType.JSON).body(Map.of("kind", "PRACTICE_NOTE", "date", "20 July"))
                .post("/library-items").then().statusCode(400).body("errors.field", hasItem("date"));
    }

    @Test
    void shouldFilterByKindPlaceThemeTagAndDates() {
        String place = "place-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> research = item("RESEARCH_REPORT", "Counting older people's services", "A count.",
                "2010-03-01");
        research.put("places", List.of(place));
        Map<String, Object> news = item("NEWS_COVERAGE", "Pilot in the local paper", "Coverage.", "2010-05-01");
        news.put("places", List.of(place));
        news.put("themes", List.of("under-fives"));
        String researchId = create(research).getString("id");
        String newsId = create(news).getString("id");

        given().queryParam("place", place).get("/library-items").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(newsId, researchId)));
        given().queryParam("place", place).queryParam("kind", "RESEARCH_REPORT").get("/library-items")
                .then().body("items.id", equalTo(List.of(researchId)));
        given().queryParam("place", place).queryParam("theme", "under-fives").get("/library-items")
                .then().body("items.id", equalTo(List.of(newsId)));
        given().queryParam("place", place).queryParam("tag", "home care").queryParam("from", "2010-04-01")
                .get("/library-items").then().body("items.id", equalTo(List.of(newsId)));
        given().queryParam("place", place).queryParam("to", "2010-04-01").get("/library-items")
                .then().body("items.id", equalTo(List.of(researchId)));
        given().queryParam("kind", "GOSSIP").get("/library-items").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().queryParam("from", "2010-05-01").queryParam("to", "2010-04-01").get("/library-items").then()
                .statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void shouldRankATitleMatchAboveABodyOnlyMatch() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String inBody = create(item("PRACTICE_NOTE", "Joint commissioning in Worcestershire",
                "Partners pooled budgets; see the " + word + " note.", "2010-02-01")).getString("id");
        String inTitle = create(item("PRACTICE_NOTE", "The " + word + " approach",
                "Partners pooled budgets.", "2010-01-01")).getString("id");

        given().queryParam("q", word).get("/library-items/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.item.id", equalTo(List.of(inTitle, inBody)))
                .body("items[1].snippet", containsString("«" + word + "»"));
        JsonPath hits = given().queryParam("q", word).get("/library-items/search").then().extract().jsonPath();
        assertThat(hits.getDouble("items[0].rank")).isGreaterThan(hits.getDouble("items[1].rank"));
    }

    @Test
    void shouldFindReoffendWhenSearchingForReoffending() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = create(item("RESEARCH_REPORT", "Young people who reoffend in " + word,
                "Why some young people reoffend within a year.", "2009-11-01")).getString("id");

        given().queryParam("q", "reoffending " + word).get("/library-items/search").then().statusCode(200)
                .body("items.item.id", equalTo(List.of(id)))
                .body("items[0].snippet", containsString("«reoffend»"));
        given().queryParam("q", "reoffending").queryParam("size", "200").get("/library-items/search").then()
                .body("items.item.id", hasItem(id));
    }

    @Test
    void shouldNeverFindOrQuoteAStorysNamesBySearch() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> story = story(true, "2010-07-22");
        story.put("body", STORY_BODY + " " + word);
        create(story);

        given().queryParam("q", "Rushey " + word).get("/library-items/search").then().statusCode(200)
                .body("total", equalTo(0));
        String found = given().auth().oauth2(reader()).queryParam("q", word).get("/library-items/search").then()
                .statusCode(200).body("total", equalTo(1)).extract().asString();
        assertThat(found).doesNotContain("Mary").doesNotContain("Rushey");
    }

    /**
     * The worked example of docs/reporting-library.md, dated December 2009 (no other test dates an item there): a
     * title match, a theme-only match and a body-only match, in that order. The answer is written to
     * target/library-search-example.json, from where the docs quote it.
     */
    @Test
    void shouldRankATitleMatchThenATagMatchThenABodyMatch() throws java.io.IOException {
        Map<String, Object> research = item("RESEARCH_REPORT", "Reoffending by young people leaving custody",
                "A study of 120 young people released to Lewisham: who they met in their first month, and who they "
                        + "did not.", "2009-12-03");
        research.put("themes", List.of("reoffending"));
        research.put("tags", List.of("youth justice"));
        Map<String, Object> note = item("PRACTICE_NOTE", "One key worker for young people leaving prison",
                "Partners in Bradford gave each young person leaving prison one key worker; fewer went on to "
                        + "reoffend within a year.", "2009-12-10");
        note.put("places", List.of("bradford"));
        note.put("themes", List.of("young-people"));
        note.put("tags", List.of("prison"));
        Map<String, Object> story = item("CITIZEN_STORY", "Darren comes home",
                "Darren, 19, met nine officials in his first week out of Feltham. Darren said the tenth asked the "
                        + "same questions as the first.", "2009-12-17");
        story.put("themes", List.of("reoffending"));
        story.put("tags", List.of("youth justice"));
        story.put("consentToPublish", true);
        story.put("identifyingDetails", List.of(Map.of("text", "Darren", "shownAs", "a young man")));
        String researchId = create(research).getString("id");
        String noteId = create(note).getString("id");
        String storyId = create(story).getString("id");

        String answer = given().auth().oauth2(reader()).queryParam("q", "reoffending")
                .queryParam("from", "2009-12-01").queryParam("to", "2009-12-31")
                .get("/library-items/search").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.item.id", equalTo(List.of(researchId, storyId, noteId)))
                .body("items[1].item.title", equalTo("A young man comes home"))
                .body("items[2].snippet", containsString("«reoffend»"))
                .extract().asString();
        assertThat(answer).doesNotContain("Darren");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "library-search-example.json"), answer);
    }

    @Test
    void shouldRequireAQuery() {
        given().get("/library-items/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleVersion() {
        Map<String, Object> note = item("PRACTICE_NOTE", "Single assessment", "One assessment, shared.", "2010-06-01");
        String id = create(note).getString("id");
        note.put("title", "Single assessment, shared by five agencies");

        given().contentType(ContentType.JSON).body(note).put("/library-items/{id}", id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(note).put("/library-items/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(note).put("/library-items/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("Single assessment, shared by five agencies"));
        given().get("/library-items/{id}", UUID.randomUUID()).then().statusCode(404);
        // both changes are in the audit trail, newest first
        given().queryParam("recordType", "library_item").queryParam("recordId", id).get("/audit-entries").then()
                .statusCode(200).body("items.action", equalTo(List.of("update", "insert")))
                .body("items[0].after.title", equalTo("Single assessment, shared by five agencies"));
    }
}
