package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.TestTokens;

/**
 * The fortnightly update's library sections: items dated in the window, a citizen story only with consent and
 * always anonymised. Each test uses its own fortnight of 2008, which no other test dates an item in.
 */
@QuarkusTest
class FortnightlyLibraryTest {

    @Test
    void shouldNeverShowAStoryWithoutConsentInTheFortnightlyUpdate() {
        String withoutConsent = LibraryItemResourceTest.create(LibraryItemResourceTest.story(false, "2008-10-07"))
                .getString("id");
        Map<String, Object> named = LibraryItemResourceTest.story(true, "2008-10-08");
        named.put("anonymise", false);
        String consented = LibraryItemResourceTest.create(named).getString("id");

        String update = given().queryParam("from", "2008-10-01").queryParam("to", "2008-10-15")
                .get("/reports/fortnightly-update").then().statusCode(200)
                .body("citizensStories.itemId", equalTo(List.of(consented)))
                .body("citizensStories.itemId", not(hasItem(withoutConsent)))
                .body("citizensStories[0].title", equalTo("A resident: eleven visitors a week"))
                .extract().asString();
        String csv = given().queryParam("from", "2008-10-01").queryParam("to", "2008-10-15")
                .queryParam("format", "csv").queryParam("table", "stories")
                .get("/reports/fortnightly-update").then().statusCode(200).extract().asString();
        String html = given().queryParam("from", "2008-10-01").queryParam("to", "2008-10-15")
                .queryParam("format", "html").get("/reports/fortnightly-update").then().statusCode(200)
                .extract().asString();
        // named to the programme office in the library, the story is still anonymised in the update it reads
        for (String reading : List.of(update, csv, html)) {
            assertThat(reading).doesNotContain("Mary").doesNotContain("Rushey").doesNotContain(withoutConsent);
        }
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(html).contains("stories").contains("A resident");
    }

    @Test
    void shouldCarryResearchNewsAndPracticeNotesDatedInTheFortnight() {
        String research = LibraryItemResourceTest.create(LibraryItemResourceTest.item("RESEARCH_REPORT",
                "Counting the cost of reoffending", "A study of short sentences.", "2008-11-10")).getString("id");
        String news = LibraryItemResourceTest.create(LibraryItemResourceTest.item("NEWS_COVERAGE",
                "Total Place in the Municipal Journal", "Coverage of the pilots.", "2008-11-12")).getString("id");
        String note = LibraryItemResourceTest.create(LibraryItemResourceTest.item("PRACTICE_NOTE",
                "One front door for older people", "How Worcestershire did it.", "2008-11-14")).getString("id");
        String before = LibraryItemResourceTest.create(LibraryItemResourceTest.item("RESEARCH_REPORT",
                "Dated on the window's first day, so not in it", "Too early.", "2008-11-01")).getString("id");

        given().auth().oauth2(TestTokens.forRole("reader", List.of(), null))
                .queryParam("from", "2008-11-01").queryParam("to", "2008-11-15")
                .get("/reports/fortnightly-update").then().statusCode(200)
                .body("research.itemId", equalTo(List.of(research)))
                .body("inTheNews.itemId", equalTo(List.of(news)))
                .body("practiceNotes.itemId", equalTo(List.of(note)))
                .body("citizensStories", equalTo(List.of()))
                .body("research.itemId", not(hasItem(before)))
                .body("highlights", hasItem("From the library: 1 research, 1 in the news, 1 practice notes"));
    }
}
