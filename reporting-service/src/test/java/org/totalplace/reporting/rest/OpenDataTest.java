package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.totalplace.reporting.domain.state.JournalSamples.at;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.state.JournalSamples;
import org.totalplace.reporting.events.EventSender;

/**
 * Open data end to end: two pilots counted, a decision recorded (through the broker, as the producers publish
 * them), one pilot's count published. Only what was published is reachable under /open, without a token, with its
 * licence; withdrawn is 410, never published 404. Codes and ids are new each run (the module's tests share the
 * database and broker).
 */
@QuarkusTest
class OpenDataTest {

    static final String LICENCE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final String PUBLISHED_TOP_DOWN = "1234567.89";
    private static final String UNPUBLISHED_TOP_DOWN = "9876543.21";

    private static EventSender sender;
    private static Scenario scenario;

    record Scenario(String published, String unpublished, UUID decisionId) {
    }

    @AfterAll
    static void disconnect() {
        if (sender != null) {
            sender.close();
        }
    }

    static synchronized Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Scenario s = new Scenario("open-" + suffix, "closed-" + suffix, UUID.randomUUID());
        UUID published = UUID.randomUUID();
        UUID unpublished = UUID.randomUUID();
        sender = EventSender.connect();
        List.of(JournalSamples.pilotRegistered(published, s.published(), "Openshire " + suffix, 1,
                        at("2009-05-01T09:00:00Z")),
                JournalSamples.pilotRegistered(unpublished, s.unpublished(), "Closedshire " + suffix, 1,
                        at("2009-05-01T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(published, s.published(), "2009-10", 1, 100_000L, "1200000.01",
                        PUBLISHED_TOP_DOWN, at("2009-11-02T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(unpublished, s.unpublished(), "2009-10", 1, 100_000L, "9800000.99",
                        UNPUBLISHED_TOP_DOWN, at("2009-11-02T09:00:00Z")),
                JournalSamples.decisionRecorded(s.decisionId(), UUID.randomUUID(), null,
                        "The officials' group agreed to publish the count of Openshire", at("2010-02-20T15:00:00Z")))
                .forEach(sample -> sender.send(sample.topic(), sample.key(), sample.json()));
        scenario = s;
        return s;
    }

    static Map<String, Object> countOf(String pilot, UUID decisionId) {
        return Map.of("subject", Map.of("kind", "PILOT_COUNT", "pilot", pilot, "financialYear", "2009-10"),
                "decisionId", decisionId.toString(), "publishedOn", "2010-03-01");
    }

    /** Publishes once the events are in: until then the decision or the count is unknown (422). */
    static String publish(Map<String, Object> request) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response created = given().contentType(ContentType.JSON).body(request).post("/publications");
            if (created.statusCode() == 201) {
                id[0] = created.jsonPath().getString("id");
                return true;
            }
            assertThat(created.statusCode()).isEqualTo(422);
            return false;
        });
        return id[0];
    }

    private static List<String> openUrls(String id) {
        return List.of("/open/publications/" + id, "/open/publications/" + id + ".csv",
                "/open/publications/" + id + "/datapackage.json");
    }

    @Test
    void shouldShowOnlyPublishedCountsInTheOpenView() {
        Scenario s = scenario();
        String id = publish(countOf(s.published(), s.decisionId()));

        String index = given().auth().none().get("/open").then().statusCode(200)
                .body("publications.id", hasItem(id))
                .body("publications.find { it.id == '" + id + "' }.subject.pilot", equalTo(s.published()))
                .body("publications.find { it.id == '" + id + "' }.links.csv",
                        equalTo("/open/publications/" + id + ".csv"))
                .body("publications.subject.report", org.hamcrest.Matchers.not(hasItem("board-paper")))
                .extract().asString();
        given().auth().none().get("/open/publications/{id}", id).then().statusCode(200)
                .body("subject.pilot", equalTo(s.published()))
                .body("decisionId", equalTo(s.decisionId().toString()))
                .body("content.methods.find { it.method == 'top-down' }.counted", equalTo(PUBLISHED_TOP_DOWN))
                .body("content.functions.functionL1", hasItems("10", "7"));
        String csv = given().auth().none().get("/open/publications/{id}.csv", id).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("pilot_code,financial_year,rule_version,method,function_l1,function_name,amount,"
                + "per_capita,currency\r\n").contains(s.published() + ",2009-10,1,top-down,7,Health,"
                + PUBLISHED_TOP_DOWN + ",12.35,GBP");
        given().auth().none().get("/open/publications/{id}/datapackage.json", id).then().statusCode(200)
                .body("profile", equalTo("fiscal-data-package"))
                .body("resources[0].path", equalTo("/open/publications/" + id + ".csv"))
                .body("resources[0].schema.fields.name", equalTo(List.of("pilot_code", "financial_year",
                        "rule_version", "method", "function_l1", "function_name", "amount", "per_capita",
                        "currency")))
                .body("model.measures.amount.currency", equalTo("GBP"));

        // the unpublished pilot, its figures and the reports nobody published are nowhere under /open
        for (String reading : List.of(index, csv, given().auth().none().get("/open/publications/{id}", id).asString(),
                given().auth().none().get("/open/publications/{id}/datapackage.json", id).asString())) {
            assertThat(reading).doesNotContain(s.unpublished()).doesNotContain(UNPUBLISHED_TOP_DOWN)
                    .doesNotContain("Closedshire");
        }
        writeExample(id);
        String never = UUID.randomUUID().toString();
        for (String url : openUrls(never)) {
            given().auth().none().get(url).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().none().get("/open/publications/pbr-summary").then().statusCode(404);
    }

    /** The open-data example of docs/reporting-library.md: what a client without a token gets, headers included. */
    private static void writeExample(String id) {
        StringBuilder example = new StringBuilder();
        for (String url : List.of("/open/publications/" + id, "/open/publications/" + id + ".csv",
                "/open/publications/" + id + "/datapackage.json")) {
            Response answer = given().auth().none().get(url);
            example.append("GET ").append(url).append("\n").append(answer.statusLine()).append("\n")
                    .append("Content-Type: ").append(answer.contentType()).append("\n")
                    .append("Link: ").append(answer.header("Link")).append("\n\n")
                    .append(answer.asString()).append("\n\n");
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "open-data-example.txt"), example);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldKeepAPublishedSnapshotWhenTheCountChangesLater() {
        Scenario s = scenario();
        String first = publish(countOf(s.published(), s.decisionId()));
        String before = given().auth().none().get("/open/publications/{id}", first).asString();

        UUID pilotId = UUID.fromString(given().get("/programme-state").jsonPath()
                .getString("pilots.find { it.code == '" + s.published() + "' }.pilotId"));
        sender.send(JournalSamples.SPEND_TOPIC, pilotId.toString(), JournalSamples.pilotTotalsChanged(pilotId,
                s.published(), "2009-10", 1, 100_000L, "1200000.01", "1300000.00", at("2010-02-25T09:00:00Z")).json());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String second = publish(countOf(s.published(), s.decisionId()));
            return given().auth().none().get("/open/publications/{id}", second).asString().contains("1300000.00");
        });

        assertThat(given().auth().none().get("/open/publications/{id}", first).asString()).isEqualTo(before);
    }

    @Test
    void shouldAnswerGoneForEveryUrlOfAWithdrawnPublication() {
        Scenario s = scenario();
        String id = publish(Map.of("subject", Map.of("kind", "REPORT", "report", "pbr-summary"),
                "decisionId", s.decisionId().toString(), "publishedOn", "2010-03-02"));
        given().auth().none().get("/open/publications/{id}", id).then().statusCode(200)
                .body("subject.report", equalTo("pbr-summary"))
                .body("content.reportingPoint", notNullValue());
        given().auth().none().get("/open/publications/{id}.csv", id).then().statusCode(200);
        given().auth().none().get("/open/publications/{id}/datapackage.json", id).then().statusCode(404);

        given().delete("/publications/{id}", id).then().statusCode(200).body("withdrawnAt", notNullValue());

        for (String url : openUrls(id)) {
            given().auth().none().get(url).then().statusCode(410).contentType("application/problem+json")
                    .body("type", equalTo("urn:totalplace:problem:gone"));
        }
        given().auth().none().get("/open").then().statusCode(200)
                .body("publications.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().get("/publications/{id}", id).then().statusCode(200).body("withdrawnAt", notNullValue());
        given().queryParam("recordType", "publication").queryParam("recordId", id).get("/audit-entries").then()
                .statusCode(200).body("items.action", equalTo(List.of("update", "insert")))
                .body("items[0].after.withdrawn_at", notNullValue());
    }

    @Test
    void shouldStateTheLicenceInEveryOpenAnswer() {
        Scenario s = scenario();
        String id = publish(countOf(s.published(), s.decisionId()));

        for (String url : List.of("/open", "/open/publications/" + id, "/open/publications/" + id + ".csv",
                "/open/publications/" + id + "/datapackage.json")) {
            assertThat(given().auth().none().get(url).then().statusCode(200).extract().header("Link"))
                    .as(url).contains("<" + LICENCE + ">").contains("rel=\"license\"");
        }
        given().auth().none().get("/open").then()
                .body("licence.name", equalTo("Open Government Licence v3.0")).body("licence.url", equalTo(LICENCE));
        given().auth().none().get("/open/publications/{id}", id).then().body("licence.url", equalTo(LICENCE));
        given().auth().none().get("/open/publications/{id}/datapackage.json", id).then()
                .body("licenses[0].name", equalTo("OGL-UK-3.0")).body("licenses[0].path", equalTo(LICENCE));
    }

    @Test
    void shouldServeOpenDataWithoutATokenAndStillRefuseEverythingElse() {
        given().auth().none().get("/open").then().statusCode(200);
        for (String url : List.of("/publications", "/library-items", "/library-items/search?q=prison")) {
            given().auth().none().get(url).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"));
        }
        given().auth().none().contentType(ContentType.JSON).body(countOf("lewisham", UUID.randomUUID()))
                .post("/publications").then().statusCode(401);
    }

    @Test
    void shouldNameTheFieldsOfAPublicationItCannotTake() {
        given().contentType(ContentType.JSON).body(Map.of("subject", Map.of("kind", "RUMOUR")))
                .post("/publications").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("subject.kind", "decisionId", "publishedOn"));
        given().contentType(ContentType.JSON).body(Map.of("subject", Map.of("kind", "REPORT", "report", "gossip"),
                        "decisionId", UUID.randomUUID().toString(), "publishedOn", "2010-03-01"))
                .post("/publications").then().statusCode(400).body("errors.field", hasItem("subject.report"));

        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(countOf("lewisham", unknown)).post("/publications").then()
                .statusCode(422).body("type", equalTo("urn:totalplace:problem:rule-violation"))
                .body("errors.field", hasItem("decisionId"))
                .body("detail", containsString(unknown.toString()));

        Scenario s = scenario();
        publish(countOf(s.published(), s.decisionId())); // the decision is in by now
        given().contentType(ContentType.JSON).body(countOf("no-such-pilot", s.decisionId())).post("/publications")
                .then().statusCode(422).body("errors.field", hasItem("subject.pilot"));
    }
}
