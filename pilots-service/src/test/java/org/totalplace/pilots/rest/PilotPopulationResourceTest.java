package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.pilots.support.Problems.problem;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.pilots.support.SharedData;

/** Population per year, checked against sums made here from the raw ONS file. */
@QuarkusTest
class PilotPopulationResourceTest {

    /** The ten Greater Manchester districts and Warrington, as the pilot's areas. */
    private static final List<String> MANCHESTER_AREAS = List.of("Bolton", "Bury", "Manchester", "Oldham", "Rochdale",
            "Salford", "Stockport", "Tameside", "Trafford", "Wigan", "Warrington");

    /**
     * The columns of population_la.csv holding those areas: one per authority, Tameside's being the one the
     * file names after its PCT, "Tameside and Glossop" (whose figure is Tameside borough's, per the data README).
     */
    private static final List<String> MANCHESTER_COLUMNS = List.of("Bolton", "Bury", "Manchester", "Oldham", "Rochdale",
            "Salford", "Stockport", "Tameside and Glossop", "Trafford", "Wigan", "Warrington");

    @Test
    void shouldSumTheManchesterPilotsPopulationPerYearAsTheRawFileDoes() throws IOException {
        String id = register(PilotJson.valid().with("areas", MANCHESTER_AREAS));
        Map<Integer, Long> expected = sumsFromTheRawFile(MANCHESTER_COLUMNS);

        JsonPath years = given().get("/pilots/{id}/population", id).then().statusCode(200).extract().jsonPath();

        assertThat(years.getList("year", Integer.class)).containsExactlyElementsOf(expected.keySet());
        assertThat(years.getList("population", Long.class)).containsExactlyElementsOf(expected.values());
        assertThat(years.getList("complete", Boolean.class)).containsOnly(true);
        assertThat(years.getList("uncoveredAreas")).allSatisfy(uncovered -> assertThat((List<?>) uncovered).isEmpty());
        assertThat(years.getList("sources[0]", String.class)).containsExactlyInAnyOrderElementsOf(MANCHESTER_COLUMNS);
    }

    @Test
    void shouldLeaveCentralBedfordshireUncoveredBecauseItsColumnAlsoHoldsBedford() throws IOException {
        String id = register(PilotJson.valid().with("areas", List.of("Luton", "Central Bedfordshire")));
        Map<Integer, Long> luton = sumsFromTheRawFile(List.of("Luton"));

        JsonPath years = given().get("/pilots/{id}/population", id).then().statusCode(200).extract().jsonPath();

        assertThat(years.getList("population", Long.class)).containsExactlyElementsOf(luton.values());
        assertThat(years.getList("complete", Boolean.class)).hasSize(11).containsOnly(false);
        assertThat(years.getList("uncoveredAreas[0].name", String.class)).containsExactly("Central Bedfordshire");
        assertThat(years.getList("uncoveredAreas[0].gssCode", String.class)).containsExactly("E06000056");
        assertThat(years.getList("sources[0]", String.class)).containsExactly("Luton");
    }

    @Test
    void shouldAnswerNotFoundForThePopulationOfAnUnknownPilot() {
        given().get("/pilots/{id}/population", "no-such-pilot").then().spec(problem(404, "not-found"));
    }

    /** Reads population_la.csv as published and adds up the named columns for each year row. */
    private static Map<Integer, Long> sumsFromTheRawFile(List<String> columns) throws IOException {
        Map<Integer, Long> sums = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.dir().resolve("data/population/population_la.csv"),
                StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                long sum = 0;
                for (String column : columns) {
                    sum += Long.parseLong(row.get(column));
                }
                sums.put(Integer.parseInt(row.get("year")), sum);
            }
        }
        return sums;
    }

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }
}
