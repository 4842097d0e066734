package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.SharedData;

/**
 * Top-down estimates for real pilots from the shipped CRA and population, checked against expectations computed
 * in this test from the raw rows.
 */
@QuarkusTest
class TopDownEstimateResourceTest {

    private static final List<String> DORSET_POOLE_BOURNEMOUTH = List.of(
            "BMH|E06000028|Bournemouth", "DOR|E10000009|Dorset County", "POL|E06000029|Poole");

    private static boolean imported;

    @Inject
    KnownPilots pilots;

    @BeforeEach
    void importTheShippedData() {
        if (!imported) {
            given().when().post("/national-data/population-la").then().statusCode(201);
            given().when().post("/national-data/population-regions").then().statusCode(201);
            given().when().post("/national-data/cra").then().statusCode(201);
            imported = true;
        }
    }

    /**
     * Dorset, Poole & Bournemouth, 2009-10, by hand from the raw rows:
     * <ul>
     *   <li>pilot population, population_la.csv line "2009": Dorset 363,567 + "Bournemouth and Poole" 366,948
     *       (the merged column, wholly inside the pilot) = 730,515;</li>
     *   <li>region population, population_England_and_regions.csv line "2009", South West: 5,226,821;</li>
     *   <li>region spend per function: the sum of value_gbp_thousand over the cra_2014_long.csv rows with year
     *       2009-10, nuts_region ENGLAND_South West and id_non_id ID, grouped by cofog_level_0 (summed below with
     *       BigDecimal, exactly);</li>
     *   <li>each estimate = sum × 1000 (thousands to pounds) × 730,515 ÷ 5,226,821, rounded half-even to the penny;
     *       the total is the sum of the ten; per capita = total ÷ 730,515.</li>
     * </ul>
     * Done once by hand (Python's decimal, 100 digits) the result is £5,758,168,927.89 in all, £7,882.34 a head,
     * social protection £2,520,546,377.29 and health £1,168,631,321.26.
     */
    @Test
    void shouldEstimateAMultiAreaPilotAsRegionSpendTimesItsPopulationShare() throws IOException {
        UUID pilotId = pilots.known("Dorset, Poole & Bournemouth", "South West", DORSET_POOLE_BOURNEMOUTH);
        long pilotPopulation = 363_567 + 366_948;
        long regionPopulation = 5_226_821;
        Map<String, BigDecimal> regionSpend = regionSpendInThousands("ENGLAND_South West", "2009-10");
        BigDecimal expectedTotal = BigDecimal.ZERO;

        JsonPath body = given().queryParam("year", "2009-10").when().get("/pilots/" + pilotId + "/estimates")
                .then().statusCode(200)
                .body("method", equalTo("top-down: CRA region × population share"))
                .body("financialYear", equalTo("2009-10"))
                .body("inputs.craRegion", equalTo("ENGLAND_South West"))
                .body("inputs.populationYear", equalTo(2009))
                .body("inputs.pilotPopulation", equalTo((int) pilotPopulation))
                .body("inputs.regionPopulation", equalTo((int) regionPopulation))
                .extract().jsonPath();

        assertThat(body.getList("inputs.populationAreas", String.class))
                .containsExactlyInAnyOrder("Dorset", "Bournemouth and Poole");
        assertThat(body.getList("functions.function", String.class)).hasSize(regionSpend.size());
        for (Map.Entry<String, BigDecimal> function : regionSpend.entrySet()) {
            BigDecimal expected = function.getValue().movePointRight(3).multiply(BigDecimal.valueOf(pilotPopulation))
                    .divide(BigDecimal.valueOf(regionPopulation), 2, RoundingMode.HALF_EVEN);
            expectedTotal = expectedTotal.add(expected);
            String path = "functions.find { it.function == '" + function.getKey() + "' }";
            assertThat(new BigDecimal(body.getString(path + ".regionSpendGbpThousand")))
                    .isEqualByComparingTo(function.getValue());
            assertThat(body.getString(path + ".estimate.amount")).isEqualTo(expected.toPlainString());
        }
        assertThat(body.getString("total.amount")).isEqualTo(expectedTotal.toPlainString()).isEqualTo("5758168927.89");
        assertThat(body.getString("perCapita.amount")).isEqualTo("7882.34");
        assertThat(body.getString("functions.find { it.function == '10. Social protection' }.estimate.amount"))
                .isEqualTo("2520546377.29");
        assertThat(body.getString("functions.find { it.function == '7. Health' }.estimate.amount"))
                .isEqualTo("1168631321.26");
        assertThat(body.getString("functions[0].function")).isEqualTo("1. General public services");
    }

    /**
     * Manchester city region and Warrington, 2009-10: eleven areas, Tameside's population from the
     * "Tameside and Glossop" column (which holds Tameside's figure). Population 2009 from the raw row: 273,049 +
     * 183,885 + 483,784 + 222,811 + 210,248 + 228,948 + 282,263 + 217,417 + 223,065 + 314,363 + 200,057 = 2,839,890
     * of the North West's 6,986,156; by hand as above the total is £25,590,712,780.48, £9,011.16 a head.
     */
    @Test
    void shouldEstimateManchesterCityRegionFromElevenAreas() {
        UUID pilotId = pilots.known("Manchester city region", "North West", List.of(
                "BOL|E08000001|Bolton", "BUR|E08000002|Bury", "MAN|E08000003|Manchester", "OLD|E08000004|Oldham",
                "RCH|E08000005|Rochdale", "SLF|E08000006|Salford", "SKP|E08000007|Stockport",
                "TAM|E08000008|Tameside", "TRF|E08000009|Trafford", "WGN|E08000010|Wigan",
                "WRT|E06000007|Warrington"));

        given().queryParam("year", "2009-10").when().get("/pilots/" + pilotId + "/estimates")
                .then().statusCode(200)
                .body("inputs.pilotPopulation", equalTo(2_839_890))
                .body("inputs.regionPopulation", equalTo(6_986_156))
                .body("inputs.populationAreas", hasItem("Tameside and Glossop"))
                .body("total.amount", equalTo("25590712780.48"))
                .body("perCapita.amount", equalTo("9011.16"));
    }

    @Test
    void shouldRefuseWith422NamingTheAreasThatHaveNoPopulationOfTheirOwn() {
        UUID pilotId = pilots.known("Luton & Central Bedfordshire", "East of England", List.of(
                "CBF||Central Bedfordshire", "LUT|E06000032|Luton"));

        given().queryParam("year", "2009-10").when().get("/pilots/" + pilotId + "/estimates")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Central Bedfordshire (CBF)"))
                .body("errors[0].field", equalTo("areas"))
                .body("errors[0].message", containsString("only given merged in 'Bedfordshire', which also covers BDF"));
    }

    @Test
    void shouldRefuseWith422APilotWithoutAreasOrAYearTheCraDoesNotCover() {
        UUID withoutAreas = pilots.known("Croydon", "London", List.of());
        given().queryParam("year", "2009-10").when().get("/pilots/" + withoutAreas + "/estimates")
                .then().statusCode(422).body("detail", containsString("has no areas"));

        UUID dorset = pilots.known("Dorset, Poole & Bournemouth", "South West", DORSET_POOLE_BOURNEMOUTH);
        // the population files start at mid-2009; the CRA ends at 2013-14
        given().queryParam("year", "2008-09").when().get("/pilots/" + dorset + "/estimates")
                .then().statusCode(422).body("detail", containsString("(financial year 2008-09)"));
        given().queryParam("year", "2014-15").when().get("/pilots/" + dorset + "/estimates")
                .then().statusCode(422).body("detail", containsString("no identifiable spend for ENGLAND_South West in 2014-15"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPilotAnd400ForAMissingOrMalformedYear() {
        given().queryParam("year", "2009-10").when().get("/pilots/" + UUID.randomUUID() + "/estimates")
                .then().statusCode(404).contentType("application/problem+json");
        UUID dorset = pilots.known("Dorset, Poole & Bournemouth", "South West", DORSET_POOLE_BOURNEMOUTH);
        given().queryParam("year", "2009/10").when().get("/pilots/" + dorset + "/estimates")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/pilots/" + dorset + "/estimates")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** cofog_level_0 → sum of value_gbp_thousand of the region's identifiable rows that year, read from the raw file. */
    private static Map<String, BigDecimal> regionSpendInThousands(String region, String year) throws IOException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(SharedData.file("cra/cra_2014_long.csv"));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                if (row.get("year").equals(year) && row.get("nuts_region").equals(region)
                        && row.get("id_non_id").equals("ID")) {
                    sums.merge(row.get("cofog_level_0"), new BigDecimal(row.get("value_gbp_thousand")), BigDecimal::add);
                }
            }
        }
        return sums;
    }
}
