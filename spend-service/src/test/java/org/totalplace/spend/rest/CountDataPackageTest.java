package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.CountFigures;
import org.totalplace.spend.support.KnownPilots;

/**
 * A pilot's count as a Fiscal Data Package. The counted figures are written here by SQL (the lead's recount is not
 * merged yet); the package is checked for what a reader relies on: the CSV parses, its header is the descriptor's
 * fields in order, the model points at real columns, and its total is the aggregate API's total.
 */
@QuarkusTest
class CountDataPackageTest {

    private static int version;
    private static UUID pilot;
    private static String code;

    @Inject
    CountFigures count;

    @Inject
    KnownPilots pilots;

    @Inject
    ObjectMapper json;

    /** The versions made here go, so that no later count in this test run is made under them. */
    @org.junit.jupiter.api.AfterAll
    static void forgetTheRuleVersionsMadeHere() {
        io.quarkus.arc.Arc.container().instance(CountFigures.class).get().forgetRuleVersions();
    }

    @BeforeEach
    void writeTheCount() {
        if (pilot != null) {
            return;
        }
        pilot = pilots.known("Package Place", "North West", List.of());
        code = "pilot-" + pilot.toString().substring(0, 8);
        version = count.newRuleVersion("package figures", true);
        count.figure(version, pilot, "2009-10", "bottom-up", "Council, \"North\"", "10", "10.2", "revenue", null,
                "1234567.89", 40);
        count.figure(version, pilot, "2009-10", "top-down", "NHS", "7", "7.A", "revenue", null, "-12.01", 1);
        count.figure(version, pilot, "2009-10", "outturn", "Council", "unclassified", "unclassified", "capital", null,
                "1000.00", 2);
        count.figure(version, pilot, "2009-10", "bottom-up", "Council", "10", "10.2", "revenue", "transfer", "5.00", 1);
        count.figure(version, pilot, "2010-11", "bottom-up", "Council", "10", "10.2", "revenue", null, "77.00", 1);
    }

    @Test
    void shouldPackTheCountWithADescriptorMatchingTheCsvAndTheAggregateTotal() throws IOException {
        byte[] zip = given().queryParam("year", "2009-10").queryParam("ruleVersion", version)
                .when().get("/pilots/" + code + "/count/datapackage.zip")
                .then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        Map<String, String> files = unzip(zip);
        String stem = "totalplace-count-" + code + "-2009-10-rules-v" + version;
        assertThat(files).containsOnlyKeys(stem + "/datapackage.json", stem + "/count.csv");

        JsonNode descriptor = json.readTree(files.get(stem + "/datapackage.json"));
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(files.get(stem + "/count.csv")))) {
            records = parser.getRecords();
        }
        List<String> header = records.get(0).toList();
        List<String> fields = new ArrayList<>();
        descriptor.at("/resources/0/schema/fields").forEach(field -> fields.add(field.get("name").asText()));
        assertThat(fields).isEqualTo(header);
        assertThat(descriptor.at("/resources/0/path").asText()).isEqualTo("count.csv");
        assertThat(descriptor.get("name").asText()).matches("^[-a-z0-9._/]+$");
        assertThat(descriptor.at("/licenses/0/name").asText()).isEqualTo("OGL-UK-3.0");
        assertThat(descriptor.get("sources")).isNotEmpty();

        JsonNode model = descriptor.get("model");
        assertThat(model.at("/measures/amount/currency").asText()).isEqualTo("GBP");
        assertThat(model.at("/measures/amount/factor").asInt()).isEqualTo(1);
        assertThat(model.at("/dimensions/functional-classification/classificationType").asText()).isEqualTo("functional");
        assertThat(model.at("/dimensions/administrative-classification/classificationType").asText())
                .isEqualTo("administrative");
        assertThat(model.at("/dimensions/date/dimensionType").asText()).isEqualTo("datetime");
        List<String> sources = new ArrayList<>();
        sources.add(model.at("/measures/amount/source").asText());
        model.get("dimensions").forEach(dimension -> dimension.get("attributes")
                .forEach(attribute -> sources.add(attribute.get("source").asText())));
        assertThat(header).containsAll(sources);

        // the rows: the 2009-10 counted figures only (the excluded 5.00 and the 2010-11 figure are not in it)
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(3);
        int amountAt = header.indexOf("amount");
        BigDecimal total = rows.stream().map(row -> new BigDecimal(row.get(amountAt))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(rows.stream().map(row -> row.get(header.indexOf("body"))).toList()).contains("Council, \"North\"");
        assertThat(rows.stream().map(row -> row.get(header.indexOf("function_l1_label"))).toList())
                .contains("Unclassified (no counting rule matched)");

        String aggregateTotal = given().queryParam("cut", "pilot:" + pilot + "|financialYear:2009-10|ruleVersion:" + version)
                .when().get("/aggregate").then().statusCode(200)
                .extract().path("summary.'amount.sum'.amount");
        assertThat(total.toPlainString()).isEqualTo(aggregateTotal).isEqualTo("1235555.88");
    }

    @Test
    void shouldServeTheDescriptorAndCsvOnTheirOwnPointingAtEachOther() throws IOException {
        String path = given().queryParam("year", "2009-10").queryParam("ruleVersion", version)
                .when().get("/pilots/" + pilot + "/count/datapackage.json")
                .then().statusCode(200)
                .body("resources[0].name", equalTo("count"))
                .extract().path("resources[0].path");
        assertThat(path).contains("/pilots/" + pilot + "/count/count.csv").contains("year=2009-10")
                .contains("ruleVersion=" + version);

        String csv = given().when().get(path.substring(path.indexOf("/pilots/")))
                .then().statusCode(200).contentType("text/csv")
                .extract().asString();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getRecords()).hasSize(3);
        }
    }

    @Test
    void shouldRefuseAnUnknownPilotCodeAndABadYear() {
        given().when().get("/pilots/no-such-pilot/count/count.csv").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().queryParam("year", "2009").when().get("/pilots/" + pilot + "/count/datapackage.json")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("year"));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
