package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ReportsProfile.class)
class ReportsResourceTest {

    @Inject
    FixedProgrammeStates states;

    private static List<CSVRecord> csv(Response response) throws IOException {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void shouldListTheFiveReportsWithTheirLinks() {
        given().get("/reports").then().statusCode(200)
                .body("items.kind", contains("budget", "pbr-summary", "fortnightly-update", "board-paper", "pilot-comparison"))
                .body("items.href", hasItems("/reports/budget", "/reports/pilot-comparison"))
                .body("items[0].parameters.name", hasItems("asOf", "financialYear", "ruleVersion", "format"));
    }

    @Test
    void shouldAnswerEveryListedLinkWithItsReport() {
        List<String> links = given().get("/reports").then().extract().path("items.href");
        for (String link : links) {
            given().queryParam("asOf", "2010-02-05").get(link).then().statusCode(200)
                    .contentType(startsWith("application/json"));
        }
    }

    @Test
    void shouldAnswerTheBudgetReportAsJsonWithProgrammeTotalsToThePenny() {
        given().queryParam("asOf", "2010-02-05").get("/reports/budget").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("financialYear", equalTo("2009-10"))
                .body("ruleVersion", equalTo(2))
                .body("reportingPoint", equalTo("BUDGET-2010"))
                .body("totals[0].topDown.amount", equalTo("12500000001.00"))
                .body("totals[0].topDown.currency", equalTo("GBP"))
                .body("totals[0].highestPerCapita.pilots", contains("Bradford", "Lewisham"))
                .body("totals[0].summary", startsWith("The 3 counted pilots mapped £12.5bn"))
                .body("pilots.code", contains("bradford", "coventry", "durham", "lewisham"))
                .body("pilots[3].count.moderationState", equalTo("MODERATED"))
                .body("pilots[3].count.topDownPerCapita.amount", equalTo("8800.00"))
                .body("pilots[3].financialImplications[0].central.npv.amount", equalTo("820000.55"))
                .body("pilots[3].whitehallChanges[0].decisions[0].text", equalTo("Pool the early-years grants from April 2010"))
                .body("pilots[3].submission.state", equalTo("SUBMITTED"));
    }

    @Test
    void shouldReadADateAsOfAsTheEndOfThatDay() {
        given().queryParam("asOf", "2010-02-05").get("/reports/budget").then().statusCode(200)
                .body("asOf", equalTo("2010-02-05T23:59:59.999999999Z"));
        assertThat(states.lastAsOf()).isEqualTo(Instant.parse("2010-02-05T23:59:59.999999999Z"));
        given().queryParam("asOf", "2010-02-05T10:00:00+01:00").get("/reports/budget").then().statusCode(200);
        assertThat(states.lastAsOf()).isEqualTo(Instant.parse("2010-02-05T09:00:00Z"));
    }

    @Test
    void shouldGiveTheBudgetPilotsTableAsCsvWhoseTotalsMatchTheJson() throws IOException {
        Response response = given().queryParam("format", "csv").get("/reports/budget");
        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("budget-2009-10-pilots.csv"));
        List<CSVRecord> rows = csv(response);
        assertThat(rows).extracting(r -> r.get("pilot")).containsExactly("bradford", "coventry", "durham", "lewisham");
        BigDecimal topDown = rows.stream().map(r -> r.get("topDown")).filter(v -> !v.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String json = given().get("/reports/budget").then().extract().path("totals[0].topDown.amount");
        assertThat(topDown).isEqualByComparingTo(json).isEqualByComparingTo("12500000001.00");
        assertThat(rows.get(2).get("topDown")).isEmpty(); // Durham: not counted under v2
    }

    @Test
    void shouldGiveCsvWhenTheClientAcceptsOnlyCsv() throws IOException {
        Response response = given().accept("text/csv").get("/reports/budget");
        response.then().statusCode(200).contentType(startsWith("text/csv"));
        assertThat(csv(response)).hasSize(4);
    }

    @Test
    void shouldGiveAnotherTableWhenNamed() throws IOException {
        Response response = given().queryParam("format", "csv").queryParam("table", "functions").get("/reports/budget");
        response.then().statusCode(200);
        List<CSVRecord> rows = csv(response);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("pilot", "function", "functionName",
                "topDown", "bottomUp", "topDownPerCapita", "bottomUpPerCapita");
        assertThat(rows).extracting(r -> r.get("topDown")).contains("2000000000.00", "600000000.00");
    }

    @Test
    void shouldRefuseAnUnknownTableNamingTheTables() {
        given().queryParam("format", "csv").queryParam("table", "nope").get("/reports/budget").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("table"))
                .body("errors[0].message", containsString("whitehall-changes"));
    }

    @Test
    void shouldRefuseUnreadableParametersNamingThem() {
        bad("/reports/budget", "asOf", "yesterday");
        bad("/reports/budget", "financialYear", "2009-11");
        bad("/reports/budget", "ruleVersion", "0");
        bad("/reports/budget", "format", "xml");
        bad("/reports/pilot-comparison", "method", "sideways");
        bad("/reports/fortnightly-update", "from", "2010-13-01");
        bad("/reports/fortnightly-update", "to", "27 July 2010");
        given().queryParam("from", "2010-07-27").queryParam("to", "2010-07-13").get("/reports/fortnightly-update")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        bad("/reports/board-paper", "meetingDate", "19/01/2010");
        bad("/reports/pbr-summary", "reportingPoint", "PBR 2009!");
    }

    private static void bad(String path, String parameter, String value) {
        given().queryParam(parameter, value).get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("detail", startsWith(parameter + " "))
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void shouldGiveTheBudgetReportAsAPrintablePageWithItsChartAndAsAPdfNamingThePilots() throws IOException {
        String page = given().queryParam("format", "html").get("/reports/budget").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<img").contains("data:image/png;base64,");
        byte[] pdf = given().accept("application/pdf").get("/reports/budget").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String json = given().get("/reports/budget").then().statusCode(200).extract().asString();
            for (String name : JsonPath.from(json).<String>getList("pilots.name")) {
                assertThat(text).contains(name);
            }
        }
    }

    @Test
    void shouldListTheReportsAsAPageForBrowsersLinkingEveryForm() {
        String page = given().accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").get("/reports").then()
                .statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(page).contains("href=\"/reports/budget?format=pdf\"").contains("/reports/pilot-comparison?format=csv");
        given().get("/reports").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void shouldAnswerTheFortnightlyUpdateForTheFourteenDaysToAsOfNumberedFromSeed003() {
        given().queryParam("asOf", "2010-07-27").get("/reports/fortnightly-update").then().statusCode(200)
                .body("number", equalTo(49))
                .body("from", equalTo("2010-07-13T23:59:59.999999999Z"))
                .body("to", equalTo("2010-07-27T23:59:59.999999999Z"))
                .body("expressionsOfInterest[0].place", equalTo("Cumbria"))
                .body("eventsByType.'totalplace.pilots.expression-of-interest-received.v1'", equalTo(1))
                .body("highlights", contains("1 expression of interest received or updated (1 in all)"));
        assertThat(states.lastBetween()).containsExactly(Instant.parse("2010-07-13T23:59:59.999999999Z"),
                Instant.parse("2010-07-27T23:59:59.999999999Z"));
    }

    @Test
    void shouldGiveTheFortnightlysBarriersAsCsv() throws IOException {
        Response response = given().queryParam("from", "2010-01-05").queryParam("to", "2010-01-19")
                .queryParam("format", "csv").queryParam("table", "barriers").get("/reports/fortnightly-update");
        response.then().statusCode(200);
        assertThat(csv(response)).extracting(r -> r.get("change") + " " + r.get("tier"))
                .containsExactly("ESCALATED MINISTERIAL_GROUP");
    }

    @Test
    void shouldAnswerTheBoardPaperInTheBoardsFormatAndRefuseItAsCsv() {
        given().queryParam("asOf", "2010-01-15").queryParam("meetingDate", "2010-01-19").get("/reports/board-paper")
                .then().statusCode(200)
                .body("board", equalTo("Improvement Board"))
                .body("meetingDate", equalTo("2010-01-19"))
                .body("action", equalTo("Officers to reflect the Board's views in future work."))
                .body("contactOfficer.name", equalTo("John Atkinson"))
                .body("sections[0].paragraphs[0].number", equalTo(1))
                .body("financialImplications", equalTo("There are no additional financial implications arising from this report."))
                .body("implicationsForWales", containsString("Welsh Assembly"));
        given().queryParam("format", "csv").get("/reports/board-paper").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldFlagPilotsInTheComparisonAndGiveItAsCsv() throws IOException {
        given().get("/reports/pilot-comparison").then().statusCode(200)
                .body("method", equalTo("top-down"))
                .body("notCounted", contains("durham"))
                .body("functions[0].functionL1", equalTo("TOTAL"))
                // 5900, 8800, 8800: type 7 Q1 = 5900 + 0.5 * 2900 = 7350, Q3 = 8800
                .body("functions[0].q1.amount", equalTo("7350.00"))
                .body("functions[0].q3.amount", equalTo("8800.00"));
        Response response = given().queryParam("format", "csv").get("/reports/pilot-comparison");
        response.then().statusCode(200);
        List<CSVRecord> rows = csv(response);
        assertThat(rows).extracting(r -> r.get("pilot") + " " + r.get("function") + " " + r.get("flag"))
                .contains("coventry TOTAL OK", "lewisham TOTAL OK");
    }

    @Test
    void shouldSummariseThePbrSubmissions() {
        given().queryParam("asOf", "2009-09-30").get("/reports/pbr-summary").then().statusCode(200)
                .body("reportingPoint", equalTo("PBR-2009"))
                .body("byState.ACCEPTED", equalTo(1))
                .body("byState.NONE", equalTo(2))
                .body("pilots[3].sections[0].content", equalTo("Pool early-years funding"));
    }

    @Test
    void shouldDescribeEveryReportOperationInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/reports'.get.operationId", equalTo("listReports"))
                .body("paths.'/reports/budget'.get.operationId", equalTo("getBudgetReport"))
                .body("paths.'/reports/pbr-summary'.get.operationId", equalTo("getPbrSummary"))
                .body("paths.'/reports/fortnightly-update'.get.operationId", equalTo("getFortnightlyUpdate"))
                .body("paths.'/reports/board-paper'.get.operationId", equalTo("getBoardPaper"))
                .body("paths.'/reports/pilot-comparison'.get.responses.'400'.content.'application/problem+json'.schema",
                        org.hamcrest.Matchers.notNullValue());
    }
}
