package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.ModerationRows;

/**
 * Per-capita comparison across pilots with outliers flagged. The recount is the only writer of counted_figure and
 * count_population in the service; these tests insert those rows by SQL (written while the recount was not merged,
 * and kept so that every expectation is computed by hand), under a DRAFT copy of the rules that the recount never
 * counts under. An end-to-end test through the recount is the lead's, after the merge.
 */
@QuarkusTest
class ComparisonResourceTest {

    @Inject
    KnownPilots pilots;

    @Inject
    ModerationRows rows;

    /**
     * Five pilots with populations 100 000 each, one with 300 000 and one with none, all under a fresh rule version,
     * top-down, 2009-10. Function 10 totals (counted only):
     *   A 10 000 000.00 → 100.00 per head; B 10 200 000 → 102.00; C 10 400 000 → 104.00; D 10 600 000 → 106.00;
     *   E 60 000 000.00 over 300 000 → 200.00; F (no population) listed, not comparable.
     * Sorted 100, 102, 104, 106, 200: n = 5, Q1 h = 1 → 102.00, Q3 h = 3 → 106.00, IQR 4.00,
     * fences 102 − 6 = 96.00 and 106 + 6 = 112.00: E is high, no one low.
     * A's excluded figure (a transfer) and a bottom-up figure are not counted here.
     * Function 7: only A has a figure (1 000 000.00 → 10.00); B, C, D and E have none there, so 0.00; F is listed,
     * not comparable. Values 10, 0, 0, 0, 0 → Q1 = Q3 = 0, IQR 0, both fences 0: A is high.
     */
    @Test
    void shouldFlagAPilotAboveTheUpperFenceAndListAPilotWithoutPopulation() {
        int version = rows.draftRuleSet();
        String year = "2009-10";
        UUID a = pilot("Pilot A");
        UUID b = pilot("Pilot B");
        UUID c = pilot("Pilot C");
        UUID d = pilot("Pilot D");
        UUID e = pilot("Pilot E");
        UUID f = pilot("Pilot F");
        Map<UUID, String> function10 = Map.of(a, "10000000.00", b, "10200000.00", c, "10400000.00", d, "10600000.00",
                e, "60000000.00", f, "5.00");
        function10.forEach((pilot, amount) -> {
            rows.figure(version, pilot, year, "top-down", "CRA", "10.2", "counted", amount);
            Long population = pilot.equals(f) ? null : Long.valueOf(pilot.equals(e) ? 300_000L : 100_000L);
            rows.population(pilot, year, population,
                    pilot.equals(f) ? "Bournemouth and Poole are given merged in the population file" : null);
        });
        // split across level 2 and spend types: still function 10 at level 1
        rows.figure(version, a, year, "top-down", "CRA", "7.A", "counted", "1000000.00");
        rows.figure(version, a, year, "top-down", "CRA", "10.1", "excluded", "999999.00");
        rows.figure(version, a, year, "bottom-up", "Council", "10.1", "counted", "888888.00");

        JsonPath comparison = given().queryParam("year", year).queryParam("ruleVersion", version)
                .queryParam("method", "top-down")
                .when().get("/moderation/comparison")
                .then().statusCode(200).extract().jsonPath();

        assertThat(comparison.getString("quantileMethod")).contains("type 7");
        assertThat(comparison.getString("multiplier")).isEqualTo("1.5");
        assertThat(comparison.getList("functions.function")).containsExactly("7", "10");
        Map<String, Object> social = comparison.getMap("functions[1]");
        assertThat(social.get("name")).isEqualTo("Social protection");
        assertThat(comparison.getString("functions[1].q1")).isEqualTo("102.00");
        assertThat(comparison.getString("functions[1].q3")).isEqualTo("106.00");
        assertThat(comparison.getString("functions[1].iqr")).isEqualTo("4.00");
        assertThat(comparison.getString("functions[1].lowerFence")).isEqualTo("96.00");
        assertThat(comparison.getString("functions[1].upperFence")).isEqualTo("112.00");
        assertThat(comparison.getList("functions[1].pilots.name")).containsExactly("Pilot E", "Pilot D", "Pilot C",
                "Pilot B", "Pilot A", "Pilot F");
        assertThat(comparison.getList("functions[1].pilots.perCapita.amount")).containsExactly("200.00", "106.00",
                "104.00", "102.00", "100.00");
        assertThat(comparison.getString("functions[1].pilots[5].perCapita")).isNull();
        assertThat(comparison.getList("functions[1].pilots.outlier")).containsExactly("high", null, null, null, null,
                null);
        assertThat(comparison.getString("functions[1].pilots[4].total.amount")).isEqualTo("10000000.00");
        assertThat(comparison.getBoolean("functions[1].pilots[5].comparable")).isFalse();
        assertThat(comparison.getString("functions[1].pilots[5].whyNotComparable")).contains("merged");
        assertThat(comparison.getList("functions[0].pilots.perCapita.amount")).containsExactly("10.00", "0.00", "0.00",
                "0.00", "0.00");
        assertThat(comparison.getString("functions[0].pilots[5].name")).isEqualTo("Pilot F");
        assertThat(comparison.getList("functions[0].pilots.outlier")).containsExactly("high", null, null, null, null,
                null);
    }

    /**
     * Per-capita rounds half-even to the penny: 1 000 025 over 200 000 = 5.000125 → 5.00; 1 000 030 / 200 000 =
     * 5.00015 → 5.00; 1 001 000 / 200 000 = 5.005 → 5.00 (half to even); 1 003 000 / 200 000 = 5.015 → 5.02.
     * With level 2 the function is "10.2". Four values 5.00, 5.00, 5.00, 5.02: Q1 h = 0.75 → 5.00,
     * Q3 h = 2.25 → 5.00 + 0.25 × 0.02 = 5.005, IQR 0.005; fences 4.9925 and 5.0125: 5.02 is high. Quartiles
     * and fences are shown exactly, with at least two decimal places and no trailing zeros beyond them.
     */
    @Test
    void shouldRoundPerCapitaHalfEvenAndCompareAtLevelTwo() {
        int version = rows.draftRuleSet();
        String year = "2010-11";
        List<String> totals = List.of("1000025.00", "1000030.00", "1001000.00", "1003000.00");
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            UUID pilot = pilot("Pilot " + i);
            ids.add(pilot);
            rows.figure(version, pilot, year, "outturn", "Council", "10.2", "counted", totals.get(i));
            rows.population(pilot, year, 200_000L, null);
        }

        JsonPath comparison = given().queryParam("year", year).queryParam("ruleVersion", version)
                .queryParam("method", "outturn").queryParam("level", "2")
                .when().get("/moderation/comparison")
                .then().statusCode(200).extract().jsonPath();

        assertThat(comparison.getList("functions.function")).containsExactly("10.2");
        assertThat(comparison.getString("functions[0].name")).isEqualTo("Old age");
        assertThat(comparison.getList("functions[0].pilots.perCapita.amount")).containsExactly("5.02", "5.00",
                "5.00", "5.00");
        assertThat(comparison.getString("functions[0].q1")).isEqualTo("5.00");
        assertThat(comparison.getString("functions[0].q3")).isEqualTo("5.005");
        assertThat(comparison.getList("functions[0].pilots.outlier")).containsExactly("high", null, null, null);
        assertThat(comparison.getString("functions[0].pilots[0].pilotId")).isEqualTo(ids.get(3).toString());
    }

    @Test
    void shouldGiveNoFencesForTooFewComparablePilotsAndSayWhy() {
        int version = rows.draftRuleSet();
        UUID only = pilot("Lonely");
        rows.figure(version, only, "2011-12", "top-down", "CRA", "9.1", "counted", "100.00");
        rows.population(only, "2011-12", 10L, null);

        given().queryParam("year", "2011-12").queryParam("ruleVersion", version).queryParam("method", "top-down")
                .when().get("/moderation/comparison")
                .then().statusCode(200)
                .body("functions[0].q1", org.hamcrest.Matchers.nullValue())
                .body("functions[0].whyNoFences", org.hamcrest.Matchers.containsString("only 1 pilot(s) comparable"))
                .body("functions[0].pilots[0].perCapita.amount", org.hamcrest.Matchers.equalTo("10.00"));
    }

    @Test
    void shouldRefuseBadQueriesNamingTheParameter() {
        given().queryParam("ruleVersion", "1").queryParam("method", "top-down").when().get("/moderation/comparison")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
        given().queryParam("year", "2009-10").queryParam("ruleVersion", "1").queryParam("method", "sideways")
                .when().get("/moderation/comparison").then().statusCode(400).body("errors.field", hasItem("method"));
        given().queryParam("year", "2009-10").queryParam("ruleVersion", "1").queryParam("method", "top-down")
                .queryParam("level", "3")
                .when().get("/moderation/comparison").then().statusCode(400).body("errors.field", hasItem("level"));
        given().queryParam("year", "2009-10").queryParam("ruleVersion", "999999").queryParam("method", "top-down")
                .when().get("/moderation/comparison").then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("urn:totalplace:problem:rule-violation"))
                .body("errors.field", hasItem("ruleVersion"));
    }

    private UUID pilot(String name) {
        return pilots.known(name, "North East", List.of());
    }
}
