package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.PaperBodies;
import org.totalplace.governance.support.StoredRows;

@QuarkusTest
class PaperResourceTest {

    @Inject
    StoredRows rows;

    @Test
    void shouldReadBackTheImprovementBoardPaperOfNineteenthJanuary2010AsWritten() throws Exception {
        ObjectNode sent = PaperBodies.totalPlace();
        // a board of its own: the seeded improvement-board's events are counted by the seeds' test
        String board = newGroup("IMPROVEMENT_BOARD");

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(sent.toString())
                .when().post("/groups/" + board + "/papers")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/papers/" + id);

        JsonNode read = PaperBodies.JSON.readTree(given().get("/papers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().asString());
        String boardId = given().get("/groups/" + board).then().statusCode(200).extract().path("id");
        assertThat(read.path("groupId").asText()).isEqualTo(boardId);
        assertThat(read.path("title").asText()).isEqualTo("Total Place");
        assertThat(read.path("meetingDate").asText()).isEqualTo("2010-01-19");
        assertThat(read.path("itemNumber").asInt()).isEqualTo(3);
        assertThat(read.path("summary").asText()).startsWith("This report provides an update on the Total Place initiative");
        assertThat(read.path("recommendations")).hasSize(1);
        assertThat(read.path("recommendations").get(0).asText()).isEqualTo("That the Improvement Board endorses the "
                + "continuing approach being taken and considers its wider role in the roll-out of Total Place.");
        assertThat(read.path("action").asText()).isEqualTo("Officers to reflect the Board's views in future work.");
        assertThat(read.at("/contactOfficer/name").asText()).isEqualTo("John Atkinson");
        assertThat(read.at("/contactOfficer/organisation").asText()).isEqualTo("Leadership Centre for Local Government");
        assertThat(read.at("/contactOfficer/phone").asText()).isEqualTo("0207 187 7380");
        assertThat(read.at("/contactOfficer/email").asText()).isEqualTo("john.atkinson@localleadership.gov.uk");
        assertThat(read.path("financialImplications").asText())
                .isEqualTo("There are no additional financial implications arising from this report.");
        assertThat(read.path("implicationsForWales").asText()).startsWith("The leadership centre has established links");

        JsonNode paragraphs = read.path("paragraphs");
        assertThat(paragraphs).hasSize(7);
        assertThat(paragraphs.findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(paragraphs.findValuesAsText("heading")).containsExactly(
                "Pre-Budget Report", "Smarter Government White Paper", "Governance and Accountability",
                "Budget Report", "Senior Leaders Networking Event", "Ministerial Meeting", "null");
        assertThat(paragraphs.get(6).get("heading").isNull()).as("paragraph 7 has no heading of its own").isTrue();
        JsonNode whitePaper = paragraphs.get(1);
        assertThat(whitePaper.path("subPoints").findValuesAsText("letter")).containsExactly("a", "b", "c");
        assertThat(whitePaper.at("/subPoints/2/text").asText())
                .isEqualTo("Making data available to citizens and frontline professionals making scrutiny simpler.");
        assertThat(whitePaper.path("closingText").asText()).startsWith("It also places an onus on the pilots");
        assertThat(paragraphs.get(5).path("subPoints").findValuesAsText("letter")).containsExactly("a", "b", "c", "d", "e");
        assertThat(paragraphs.get(0).path("subPoints")).isEmpty();
        assertThat(paragraphs.get(0).get("closingText").isNull()).isTrue();
        for (int i = 0; i < 7; i++) {
            JsonNode original = sent.path("paragraphs").get(i);
            assertThat(paragraphs.get(i).path("text").asText()).as("paragraph %d", i + 1)
                    .isEqualTo(original.path("text").asText());
            assertThat(paragraphs.get(i).path("subPoints").findValuesAsText("text")).as("paragraph %d", i + 1)
                    .containsExactlyElementsOf(textsOf(original.path("subPoints")));
        }
        assertThat(rows.outboxRowsMentioning(id)).isOne();
    }

    @Test
    void shouldWriteAPaperWithoutItemNumberHeadingsOrSubPoints() {
        String group = newGroup();

        given().contentType(ContentType.JSON).body(PaperBodies.brief("Counting update", "2009-10-12").toString())
                .when().post("/groups/" + group + "/papers")
                .then().statusCode(201)
                .body("itemNumber", nullValue())
                .body("paragraphs[0].number", equalTo(1))
                .body("paragraphs[0].heading", nullValue())
                .body("paragraphs[0].subPoints.size()", equalTo(0));
    }

    @Test
    void shouldRequireEverySectionButItemNumberHeadingsAndSubPoints() {
        ObjectNode paper = PaperBodies.brief("Counting update", "2009-10-12");
        paper.remove(List.of("summary", "action", "financialImplications", "implicationsForWales",
                "meetingDate"));
        ((ObjectNode) paper.path("paragraphs").get(0)).put("text", " ");
        ((ObjectNode) paper.path("contactOfficer")).remove("organisation");

        given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + newGroup() + "/papers")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItems("summary", "action", "financialImplications", "implicationsForWales",
                        "meetingDate", "paragraphs[0].text", "contactOfficer.organisation"));
    }

    @Test
    void shouldRefuseAPaperWithoutARecommendation() {
        ObjectNode paper = PaperBodies.brief("Counting update", "2009-10-12");
        paper.putArray("recommendations");

        given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + newGroup() + "/papers")
                .then().spec(problem(400, "validation"))
                .body("errors.field", contains("recommendations"));
    }

    @Test
    void shouldRefuseAContactEmailThatIsNotAnAddress() {
        ObjectNode paper = PaperBodies.brief("Counting update", "2009-10-12");
        ((ObjectNode) paper.path("contactOfficer")).put("email", "john.atkinson at localleadership");

        given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + newGroup() + "/papers")
                .then().spec(problem(400, "validation"))
                .body("errors.field", contains("contactOfficer.email"));
    }

    @Test
    void shouldRefuseClosingTextWithoutSubPointsAsARuleViolation() {
        ObjectNode paper = PaperBodies.brief("Counting update", "2009-10-12");
        ((ObjectNode) paper.path("paragraphs").get(0)).put("closingText", "After nothing at all.");

        given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + newGroup() + "/papers")
                .then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("paragraphs[0].closingText"));
    }

    @Test
    void shouldAnswerNotFoundForThePapersOfAnUnknownGroup() {
        given().contentType(ContentType.JSON).body(PaperBodies.brief("Counting update", "2009-10-12").toString())
                .when().post("/groups/no-such-board/papers")
                .then().spec(problem(404, "not-found"));
        given().get("/groups/no-such-board/papers").then().spec(problem(404, "not-found"));
        given().get("/papers/not-a-uuid").then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldAnswerNotModifiedWhileThePaperIsUnchanged() {
        String id = publish(newGroup(), PaperBodies.brief("Counting update", "2009-10-12"));

        given().header("If-None-Match", "\"0\"").get("/papers/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"1\"").get("/papers/" + id).then().statusCode(200);
    }

    @Test
    void shouldReviseAPaperOnlyAgainstItsCurrentETagAndRenumberItsParagraphs() {
        String id = publish(newGroup(), PaperBodies.totalPlace());
        ObjectNode revised = PaperBodies.totalPlace();
        ((ArrayNode) revised.path("paragraphs")).remove(0);
        revised.put("summary", "An update on Total Place since November.");

        given().contentType(ContentType.JSON).body(revised.toString())
                .when().put("/papers/" + id).then().spec(problem(428, "precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(revised.toString())
                .when().put("/papers/" + id).then().spec(problem(412, "precondition-failed"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised.toString())
                .when().put("/papers/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("summary", equalTo("An update on Total Place since November."))
                .body("paragraphs.number", contains(1, 2, 3, 4, 5, 6))
                .body("paragraphs[0].heading", equalTo("Smarter Government White Paper"))
                .body("paragraphs[0].subPoints.letter", contains("a", "b", "c"));
        given().get("/papers/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("paragraphs.size()", equalTo(6))
                .body("paragraphs[5].text", containsString("Systemic Leadership"));
    }

    @Test
    void shouldListAGroupsPapersAPageAtATimeByMeetingDate() {
        String group = newGroup();
        publish(group, PaperBodies.brief("January", "2010-01-19"));
        publish(group, PaperBodies.brief("November", "2009-11-17"));
        publish(group, PaperBodies.brief("December", "2009-12-15"));
        publish(newGroup(), PaperBodies.brief("Another group's", "2009-12-01"));

        given().queryParam("size", 2).get("/groups/" + group + "/papers")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("total", equalTo(3))
                .body("items.title", contains("November", "December"));
        given().queryParam("sort", "-meetingDate").get("/groups/" + group + "/papers")
                .then().statusCode(200)
                .body("items.title", contains("January", "December", "November"));
    }

    @Test
    void shouldRefuseToSortPapersByAFieldItDoesNotOffer() {
        given().queryParam("sort", "summary").get("/groups/improvement-board/papers")
                .then().spec(problem(400, "validation"))
                .body("errors.field", hasItem("sort"));
    }

    /** The strings of a JSON array; none for an absent one. */
    private static List<String> textsOf(JsonNode strings) {
        List<String> texts = new ArrayList<>();
        strings.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String publish(String group, ObjectNode paper) {
        return given().contentType(ContentType.JSON).body(paper.toString())
                .when().post("/groups/" + group + "/papers")
                .then().statusCode(201).extract().path("id");
    }

    private static String newGroup() {
        return newGroup("OTHER");
    }

    private static String newGroup(String kind) {
        String code = "board-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"A board","kind":"%s"}""".formatted(code, kind))
                .when().post("/groups").then().statusCode(201);
        return code;
    }
}
