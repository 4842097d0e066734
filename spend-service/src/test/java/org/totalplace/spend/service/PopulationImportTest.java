package org.totalplace.spend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.domain.Dataset;
import org.totalplace.spend.support.Population;
import org.totalplace.spend.support.SharedData;

/**
 * The ONS population files are imported in place with a reconciliation; the expectations are computed here from the
 * raw files: their data lines hold only integers (no quotes), so splitting them on commas is exact.
 */
@QuarkusTest
class PopulationImportTest {

    @Inject
    PopulationImportService service;

    @Inject
    Population population;

    @AfterEach
    void restoreTheShippedFigures() {
        // other tests apportion with the shipped figures; a test that imported a file of its own puts them back
        service.importShipped(Dataset.POPULATION_LA);
    }

    @Test
    void shouldLoadEveryRowOfTheShippedAreaFileAndReconcile() throws IOException {
        Path raw = SharedData.file("population/population_la.csv");
        List<String> lines = Files.readAllLines(raw);
        int areas = lines.get(1).split(",", -1).length - 1;

        String location = given().when().post("/national-data/population-la")
                .then().statusCode(201)
                .body("dataset", equalTo("population-la"))
                .body("file", equalTo("population/population_la.csv"))
                .body("rowsRead", equalTo(lines.size() - 1))
                .body("rowsLoaded", equalTo(lines.size() - 1))
                .body("rowsRejected", equalTo(0))
                .body("figuresLoaded", equalTo((lines.size() - 1) * areas))
                .body("sha256", equalTo(SharedData.sha256(raw)))
                .body("rejections", hasSize(0))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("rowsLoaded", equalTo(lines.size() - 1));
        assertThat(population.totalsByYear("population-la")).isEqualTo(rawTotalsByYear(lines));
        // the line for 2009 names Dorset (the county, 2009) 363,567 and the merged "Bournemouth and Poole" 366,948
        assertThat(population.of("population-la", "Dorset", 2009)).contains(363_567L);
        assertThat(population.of("population-la", "Bournemouth and Poole", 2009)).contains(366_948L);
        assertThat(population.of("population-la", "Bristol, City of", 2009)).isPresent();
    }

    @Test
    void shouldLoadTheRegionsFileWhoseRegionsAndAreasBothSumToEngland() throws IOException {
        given().when().post("/national-data/population-la").then().statusCode(201);
        List<String> lines = Files.readAllLines(SharedData.file("population/population_England_and_regions.csv"));

        given().when().post("/national-data/population-regions")
                .then().statusCode(201)
                .body("rowsRead", equalTo(11)).body("rowsLoaded", equalTo(11)).body("figuresLoaded", equalTo(110));

        Map<Integer, Long> england = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            england.put(Integer.parseInt(fields[0]), Long.parseLong(fields[1]));
        }
        assertThat(population.totalsByYear("population-la")).isEqualTo(england);
        england.replaceAll((year, total) -> 2 * total); // England plus its nine regions, which sum to it
        assertThat(population.totalsByYear("population-regions")).isEqualTo(england);
    }

    @Test
    void shouldRejectBadRowsWithLineColumnAndReasonAndStillReconcile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("population_la.csv");
        Files.writeString(file, """
                year,Dorset,"Bristol, City of"
                2009,363567,418990
                2009,1,2
                2010,,420000
                twenty,1,2
                2011,1
                2012,3,"1,000"
                2013,370000,430000
                """);

        DataImportReport report = service.importFile(Dataset.POPULATION_LA, file);

        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsLoaded()).isEqualTo(2);
        assertThat(report.rowsRejected()).isEqualTo(5);
        assertThat(report.figuresLoaded()).isEqualTo(4);
        assertThat(report.rejections()).containsExactly(
                new DataImportReport.Rejection(3, "year", "year 2009 is already given on line 2"),
                new DataImportReport.Rejection(4, "Dorset", "is blank"),
                new DataImportReport.Rejection(5, "year", "'twenty' is not a year"),
                new DataImportReport.Rejection(6, null, "has 2 fields; the header has 3"),
                new DataImportReport.Rejection(7, "Bristol, City of", "'1,000' is not a whole number of people"));
        assertThat(population.of("population-la", "Bristol, City of", 2013)).contains(430_000L);
        assertThat(population.of("population-la", "Dorset", 2009)).contains(363_567L);
        given().when().get("/national-data/imports/" + report.id()).then().statusCode(200)
                .body("rejections", hasSize(5))
                .body("rejections[0].line", equalTo(3));
    }

    @Test
    void shouldRefuseAFileWhoseHeaderDoesNotStartWithYearAndKeepTheFiguresItHad(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        service.importShipped(Dataset.POPULATION_LA);
        Path file = dir.resolve("population_la.csv");
        Files.writeString(file, "Year,Dorset\n2009,1\n");

        assertThatThrownBy(() -> service.importFile(Dataset.POPULATION_LA, file))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("the first column must be 'year'");
        assertThat(population.of("population-la", "Dorset", 2009)).contains(363_567L);
    }

    @Test
    void shouldAnswer400ForAnUnknownDatasetAnd404ForAnUnknownImport() {
        given().when().post("/national-data/census").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/national-data/imports/0e7c2a57-3f8e-4a55-9d0e-2b1f7f0c6a01").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/national-data/imports/not-a-uuid").then().statusCode(404);
    }

    private static Map<Integer, Long> rawTotalsByYear(List<String> lines) {
        Map<Integer, Long> totals = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            long sum = 0;
            for (int i = 1; i < fields.length; i++) {
                sum += Long.parseLong(fields[i]);
            }
            totals.put(Integer.parseInt(fields[0]), sum);
        }
        return totals;
    }
}
