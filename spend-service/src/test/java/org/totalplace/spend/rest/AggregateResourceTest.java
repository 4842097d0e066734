package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.spend.support.CountFigures;
import org.totalplace.spend.support.KnownPilots;

/**
 * GET /aggregate against counted figures written here by SQL (the lead's recount, which will fill counted_figure
 * from the sources, is not merged yet). Sums are checked against GROUP BY queries written out in this test, per
 * capita and real terms against figures worked out by hand (in the comments).
 */
@QuarkusTest
class AggregateResourceTest {

    private static final String[] YEARS = {"2009-10", "2010-11", "2011-12", "2012-13"};
    private static final String[][] FUNCTIONS = {{"10", "10.2"}, {"10", "10.1"}, {"7", "7.A"}, {"9", "9.1"},
            {"2", "2.1"}, {"unclassified", "unclassified"}};
    private static final String[] BODIES = {"Council", "NHS Trust", "Police", "Fire & Rescue; South"};
    private static final String[] METHODS = {"bottom-up", "outturn", "top-down", "adjustment"};

    /** Many random figures, for comparison with SQL. */
    private static int random;
    /** A few figures with hand-worked expectations. */
    private static int hand;
    private static UUID pilotA;
    private static UUID pilotB;
    private static String codeA;

    @Inject
    CountFigures count;

    @Inject
    KnownPilots pilots;

    /** The versions made here go, so that no later count in this test run is made under them. */
    @org.junit.jupiter.api.AfterAll
    static void forgetTheRuleVersionsMadeHere() {
        io.quarkus.arc.Arc.container().instance(CountFigures.class).get().forgetRuleVersions();
    }

    @BeforeEach
    void writeTheCount() {
        if (random != 0) {
            return;
        }
        // imported before the test's versions exist: an import recounts every known pilot under every published
        // version, which would replace the figures written here
        given().when().post("/national-data/cra").then().statusCode(201);
        pilotA = pilots.known("Aggregate A", "North East", List.of());
        pilotB = pilots.known("Aggregate B", "North East", List.of());
        codeA = "pilot-" + pilotA.toString().substring(0, 8);
        UUID unknownPilot = UUID.randomUUID();

        random = count.newRuleVersion("random figures", true);
        Random seeded = new Random(20261123L);
        UUID[] places = {pilotA, pilotB, unknownPilot};
        for (int i = 0; i < 400; i++) {
            String[] function = FUNCTIONS[seeded.nextInt(FUNCTIONS.length)];
            long pence = seeded.nextLong(-100_000L, 1_000_000_000L);
            count.figure(random, places[seeded.nextInt(places.length)], YEARS[seeded.nextInt(YEARS.length)],
                    METHODS[seeded.nextInt(METHODS.length)], BODIES[seeded.nextInt(BODIES.length)], function[0],
                    function[1], seeded.nextInt(4) == 0 ? "capital" : "revenue",
                    seeded.nextInt(10) == 0 ? "transfer to another counted body" : null,
                    BigDecimal.valueOf(pence, 2).toPlainString(), seeded.nextInt(0, 500));
        }

        hand = count.newRuleVersion("hand figures", true);
        count.figure(hand, pilotA, "2009-10", "bottom-up", "Council A", "10", "10.2", "revenue", null, "1000000.00", 10);
        count.figure(hand, pilotA, "2009-10", "top-down", "NHS A", "7", "7.A", "revenue", null, "501250.00", 1);
        count.figure(hand, pilotA, "2009-10", "bottom-up", "Council A", "10", "10.2", "revenue",
                "transfer to NHS A", "50000.00", 2);
        count.figure(hand, pilotA, "2010-11", "bottom-up", "Council A", "10", "10.2", "revenue", null, "1100000.00", 12);
        count.figure(hand, pilotB, "2009-10", "bottom-up", "Council B", "10", "10.2", "capital", null, "333333.33", 3);
        count.figure(hand, pilotB, "2010-11", "adjustment", "Council B", "10", "10.2", "revenue", null, "15.00", 1);
        count.population(pilotA, "2009-10", 250_000L, null);
        count.population(pilotA, "2010-11", null, "the pilot's areas are only given merged with others");
        count.population(pilotB, "2009-10", 180_000L, null);
    }

    // --- against SQL ---------------------------------------------------------------------------------------------

    @Test
    void shouldSumPilotByYearByFunctionAsSqlGroupByDoes() {
        Map<String, String> expected = sql("""
                select pilot_id::text || '|' || financial_year || '|' || function_l1,
                       sum(amount)::text || '|' || sum(line_count) || '|' || count(*)
                from counted_figure where rule_version = ? and treatment = 'counted' group by 1""", random);

        JsonPath body = aggregate().queryParam("drilldown", "pilot|financialYear|functionL1")
                .queryParam("cut", "ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200)
                .body("attributes.ruleVersion.version", equalTo(random))
                .body("attributes.ruleVersion.chosenBy", equalTo("cut"))
                .body("attributes.priceBasis.kind", equalTo("nominal"))
                .body("attributes.currency", equalTo("GBP"))
                .body("cut", hasItem("treatment:counted"))
                .extract().jsonPath();

        assertThat(cells(body, "pilot.id", "financialYear", "functionL1.code")).isEqualTo(expected);
        assertThat(body.getLong("total_cell_count")).isEqualTo(expected.size());
        assertThat(body.getString("summary.'amount.sum'.amount")).isEqualTo(count.decimal(
                "select sum(amount) from counted_figure where rule_version = ? and treatment = 'counted'", random)
                .toPlainString());
    }

    @Test
    void shouldCutWithListsAndYearRangesAsSqlWhereDoes() {
        Map<String, String> expected = sql("""
                select function_l2 || '|' || method, sum(amount)::text || '|' || sum(line_count) || '|' || count(*)
                from counted_figure
                where rule_version = ? and treatment = 'counted' and method in ('top-down', 'bottom-up')
                  and financial_year between '2009-10' and '2010-11'
                group by 1""", random);

        JsonPath body = aggregate().queryParam("drilldown", "functionL2|method")
                .queryParam("cut", "method:top-down;bottom-up|financialYear:2009-10..2010-11|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200).extract().jsonPath();

        assertThat(expected).isNotEmpty();
        assertThat(cells(body, "functionL2.code", "method")).isEqualTo(expected);
    }

    @Test
    void shouldSumExcludedFiguresOnlyWhenTreatmentIsCut() {
        Map<String, String> expected = sql("""
                select body || '|' || treatment, sum(amount)::text || '|' || sum(line_count) || '|' || count(*)
                from counted_figure where rule_version = ? and treatment = 'excluded' group by 1""", random);

        JsonPath body = aggregate().queryParam("drilldown", "body|treatment")
                .queryParam("cut", "treatment:excluded|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200)
                .body("attributes.treatment", equalTo("treatment:excluded"))
                .extract().jsonPath();

        assertThat(expected).isNotEmpty();
        assertThat(cells(body, "body", "treatment")).isEqualTo(expected);
    }

    @Test
    void shouldCutABodyNameHoldingASeparatorWhenQuoted() {
        Map<String, String> expected = sql("""
                select spend_type, sum(amount)::text || '|' || sum(line_count) || '|' || count(*)
                from counted_figure
                where rule_version = ? and treatment = 'counted' and body = 'Fire & Rescue; South' group by 1""",
                random);

        JsonPath body = aggregate().queryParam("drilldown", "spendType")
                .queryParam("cut", "body:\"Fire & Rescue; South\"|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200).extract().jsonPath();

        assertThat(cells(body, "spendType")).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void shouldAnswerOneCellWithoutADrilldownAndCutPilotsByCode() {
        BigDecimal capital = count.decimal("""
                select sum(amount) from counted_figure
                where rule_version = ? and treatment = 'counted' and spend_type = 'capital' and pilot_id = ?""",
                random, pilotA);

        aggregate().queryParam("cut", "spendType:capital|pilot:" + codeA + "|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200)
                .body("total_cell_count", equalTo(1))
                .body("cells[0].'amount.sum'.amount", equalTo(capital.toPlainString()))
                .body("summary.'amount.sum'.amount", equalTo(capital.toPlainString()));
    }

    @Test
    void shouldNameTheFunctionsAndPilotsInCells() {
        JsonPath body = aggregate().queryParam("drilldown", "pilot|functionL1")
                .queryParam("cut", "pilot:" + pilotA + "|functionL1:unclassified|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200).extract().jsonPath();

        assertThat(body.getString("cells[0].pilot.code")).isEqualTo(codeA);
        assertThat(body.getString("cells[0].pilot.name")).isEqualTo("Aggregate A");
        assertThat(body.getString("cells[0].functionL1.label")).isEqualTo("Unclassified (no counting rule matched)");
    }

    /** The labels are the CRA's own, imported before the figures (cra_2014_long.csv: "10. Social protection", "7.A Medical services"). */
    @Test
    void shouldLabelFunctionsAsTheImportedCraDoes() {
        aggregate().queryParam("drilldown", "functionL1|functionL2")
                .queryParam("cut", "functionL2:10.2;7.A|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200)
                .body("cells.functionL1.label", contains("7. Health", "10. Social protection"))
                .body("cells.functionL2.label", contains("7.A Medical services", "10.2 Old age"));
    }

    @Test
    void shouldDocumentTheAggregateDeflatorAndExportOperations() {
        Map<String, Object> paths = given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");

        assertThat(paths).containsKeys("/aggregate", "/national-data/deflators", "/national-data/deflators/{series}",
                "/pilots/{pilotId}/count/datapackage.zip", "/pilots/{pilotId}/count/datapackage.json",
                "/pilots/{pilotId}/count/count.csv");
    }

    @Test
    void shouldUseTheLatestPublishedRuleVersionUnlessCutAndSayWhich() {
        int latest = ((Number) count.rows(
                "select max(version) from counting_rule_set where status = 'PUBLISHED'").get(0)[0]).intValue();

        aggregate().when().get("/aggregate").then().statusCode(200)
                .body("attributes.ruleVersion.version", equalTo(latest))
                .body("attributes.ruleVersion.status", equalTo("PUBLISHED"))
                .body("attributes.ruleVersion.chosenBy", equalTo("latest published"))
                .body("cut", hasItem("ruleVersion:" + latest));
    }

    // --- order and pages ---------------------------------------------------------------------------------------

    @Test
    void shouldPageThroughEveryCellOnceInAmountOrder() {
        List<String> expected = count.rows("""
                        select pilot_id::text || '|' || financial_year || '|' || function_l1 || '|' || body || '|' || method,
                               sum(amount)
                        from counted_figure where rule_version = ? and treatment = 'counted'
                        group by 1 order by 2 desc""", random).stream()
                .map(row -> row[0] + "=" + ((BigDecimal) row[1]).toPlainString()).toList();

        List<String> paged = new ArrayList<>();
        int pages = (expected.size() + 6) / 7;
        for (int page = 1; page <= pages + 1; page++) {
            JsonPath body = aggregate().queryParam("drilldown", "pilot|financialYear|functionL1|body|method")
                    .queryParam("cut", "ruleVersion:" + random)
                    .queryParam("order", "amount.sum:desc")
                    .queryParam("page", page).queryParam("pagesize", 7)
                    .when().get("/aggregate").then().statusCode(200)
                    .body("page", equalTo(page)).body("pagesize", equalTo(7))
                    .body("total_cell_count", equalTo(expected.size()))
                    .extract().jsonPath();
            List<Map<String, Object>> cells = body.getList("cells");
            assertThat(cells).hasSize(page <= pages ? Math.min(7, expected.size() - (page - 1) * 7) : 0);
            for (Map<String, Object> cell : cells) {
                @SuppressWarnings("unchecked")
                Map<String, Object> pilot = (Map<String, Object>) cell.get("pilot");
                @SuppressWarnings("unchecked")
                Map<String, Object> function = (Map<String, Object>) cell.get("functionL1");
                @SuppressWarnings("unchecked")
                Map<String, Object> amount = (Map<String, Object>) cell.get("amount.sum");
                paged.add(pilot.get("id") + "|" + cell.get("financialYear") + "|" + function.get("code") + "|"
                        + cell.get("body") + "|" + cell.get("method") + "=" + amount.get("amount"));
            }
        }

        assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(expected);
        List<BigDecimal> amounts = paged.stream().map(cell -> new BigDecimal(cell.substring(cell.indexOf('=') + 1)))
                .toList();
        assertThat(amounts).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void shouldOrderFunctionsNaturallyByDefault() {
        JsonPath body = aggregate().queryParam("drilldown", "functionL1")
                .queryParam("cut", "ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200).extract().jsonPath();

        assertThat(body.getList("cells.functionL1.code", String.class))
                .containsExactly("2", "7", "9", "10", "unclassified");
    }

    // --- per capita and real terms ---------------------------------------------------------------------------------

    /**
     * Pilot A 2009-10: 1,000,000.00 + 501,250.00 counted (the 50,000.00 excluded) = 1,501,250.00 over 250,000 people
     * = 6.005, half-even to the penny 6.00 (half-up would give 6.01). Pilot A 2010-11 has no population (merged
     * columns): null with the reason. Pilot B 2009-10: 333,333.33 / 180,000 = 1.85185… → 1.85.
     */
    @Test
    void shouldDivideEachCellByThePilotsPopulationForTheYear() {
        JsonPath body = aggregate().queryParam("drilldown", "pilot|financialYear")
                .queryParam("cut", "ruleVersion:" + hand)
                .queryParam("perCapita", "true")
                .when().get("/aggregate").then().statusCode(200)
                .body("attributes.perCapita", equalTo(true))
                .extract().jsonPath();

        Map<String, String> perCapita = new LinkedHashMap<>();
        List<Map<String, Object>> cells = body.getList("cells");
        for (int i = 0; i < cells.size(); i++) {
            String key = body.getString("cells[" + i + "].pilot.id") + "|" + body.getString("cells[" + i + "].financialYear");
            String amount = body.getString("cells[" + i + "].'amount.perCapita'.amount");
            perCapita.put(key, amount == null ? "null: " + body.getString("cells[" + i + "].perCapitaNote") : amount);
        }
        assertThat(perCapita).containsEntry(pilotA + "|2009-10", "6.00")
                .containsEntry(pilotA + "|2010-11", "null: the pilot's areas are only given merged with others")
                .containsEntry(pilotB + "|2009-10", "1.85");
        assertThat(perCapita.get(pilotB + "|2010-11")).startsWith("null: no population recorded");
    }

    @Test
    void shouldGiveTheSummaryPerCapitaWhenCutToOnePilotAndYear() {
        aggregate().queryParam("drilldown", "functionL1")
                .queryParam("cut", "pilot:" + codeA + "|financialYear:2009-10|ruleVersion:" + hand)
                .queryParam("perCapita", "true")
                .when().get("/aggregate").then().statusCode(200)
                .body("summary.'amount.sum'.amount", equalTo("1501250.00"))
                .body("summary.'amount.perCapita'.amount", equalTo("6.00"))
                .body("summary.population", equalTo(250000))
                // function 10: 1,000,000.00 / 250,000 = 4.00; function 7: 501,250.00 / 250,000 = 2.005 → 2.00
                .body("cells.find { it.functionL1.code == '10' }.'amount.perCapita'.amount", equalTo("4.00"))
                .body("cells.find { it.functionL1.code == '7' }.'amount.perCapita'.amount", equalTo("2.00"));
    }

    /**
     * Series: 2009-10 97.5, 2010-11 100, 2011-12 102.3; prices of 2011-12, so factor 102.3 / index(year).
     * A 2009-10: 1,501,250.00 × 102.3 / 97.5 = 1,575,157.6923… → 1,575,157.69; A 2010-11: 1,100,000.00 × 1.023 =
     * 1,125,300.00; A over both years: 2,700,457.69. B 2009-10: 333,333.33 × 102.3 / 97.5 = 349,743.5862… →
     * 349,743.59; B 2010-11: 15.00 × 1.023 = 15.345, half-even → 15.34 (half-up would give 15.35).
     */
    @Test
    void shouldExpressCellsInRealTermsWithTheDeflatorSeries() {
        String series = "test-gdp-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("text/csv").body("financialYear,index\n2009-10,97.5\n2010-11,100\n2011-12,102.3\n")
                .queryParam("series", series).queryParam("baseYear", "2010-11")
                .queryParam("source", "made up for this test")
                .when().post("/national-data/deflators").then().statusCode(201);

        JsonPath byYear = aggregate().queryParam("drilldown", "pilot|financialYear")
                .queryParam("cut", "ruleVersion:" + hand)
                .queryParam("prices", "real").queryParam("baseYear", "2011-12").queryParam("deflator", series)
                .when().get("/aggregate").then().statusCode(200)
                .body("attributes.priceBasis.kind", equalTo("real"))
                .body("attributes.priceBasis.baseYear", equalTo("2011-12"))
                .body("attributes.deflator.series", equalTo(series))
                .body("attributes.deflator.baseYearIndex", equalTo("102.3"))
                .extract().jsonPath();
        Map<String, String> real = cells(byYear, "pilot.id", "financialYear");
        assertThat(real).containsEntry(pilotA + "|2009-10", "1575157.69|11|2")
                .containsEntry(pilotA + "|2010-11", "1125300.00|12|1")
                .containsEntry(pilotB + "|2009-10", "349743.59|3|1")
                .containsEntry(pilotB + "|2010-11", "15.34|1|1");

        aggregate().queryParam("drilldown", "pilot").queryParam("cut", "pilot:" + pilotA + "|ruleVersion:" + hand)
                .queryParam("prices", "real").queryParam("baseYear", "2011-12").queryParam("deflator", series)
                .when().get("/aggregate").then().statusCode(200)
                .body("cells[0].'amount.sum'.amount", equalTo("2700457.69"));
    }

    @Test
    void shouldRefuseRealTermsForAYearTheSeriesLacks() {
        String series = "short-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("text/csv").body("financialYear,index\n2009-10,97.5\n")
                .queryParam("series", series).queryParam("baseYear", "2009-10").queryParam("source", "test")
                .when().post("/national-data/deflators").then().statusCode(201);

        aggregate().queryParam("cut", "ruleVersion:" + hand)
                .queryParam("prices", "real").queryParam("baseYear", "2009-10").queryParam("deflator", series)
                .when().get("/aggregate").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("prices"))
                .body("errors[0].message", startsWith("series '" + series + "' has no index for 2010-11"));
    }

    // --- bad queries -----------------------------------------------------------------------------------------------

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("drilldown", "nope", "drilldown[0]"),
                Arguments.of("drilldown", "pilot|ruleVersion", "drilldown[1]"),
                Arguments.of("drilldown", "pilot;drop table counted_figure", "drilldown[0]"),
                Arguments.of("drilldown", "body|body", "drilldown[1]"),
                Arguments.of("cut", "method:sideways", "cut[0]"),
                Arguments.of("cut", "financialYear:2009-10|method:x", "cut[1]"),
                Arguments.of("cut", "body:A..B", "cut[0]"),
                Arguments.of("cut", "financialYear:2011-12..2009-10", "cut[0]"),
                Arguments.of("cut", "financialYear:2009-11", "cut[0]"),
                Arguments.of("cut", "colour:red", "cut[0]"),
                Arguments.of("cut", "method", "cut[0]"),
                Arguments.of("cut", "method:top-down|method:outturn", "cut[1]"),
                Arguments.of("cut", "ruleVersion:1;2", "cut[0]"),
                Arguments.of("cut", "ruleVersion:999999", "cut[0]"),
                Arguments.of("cut", "pilot:no-such-pilot", "cut[0]"),
                Arguments.of("order", "amount.sum:up", "order[0]"),
                Arguments.of("order", "amount.sum:desc,body:asc", "order[1]"),
                Arguments.of("order", "amount.avg", "order[0]"),
                Arguments.of("measures", "amount.sum,amount.avg", "measures[1]"),
                Arguments.of("page", "0", "page"),
                Arguments.of("page", "two", "page"),
                Arguments.of("pagesize", "10001", "pagesize"),
                Arguments.of("pagesize", "0", "pagesize"),
                Arguments.of("perCapita", "true", "perCapita"),
                Arguments.of("perCapita", "yes", "perCapita"),
                Arguments.of("prices", "real", "baseYear"),
                Arguments.of("prices", "ppp", "prices"),
                Arguments.of("baseYear", "2009-10", "baseYear"),
                Arguments.of("deflator", "gdp", "deflator"));
    }

    @ParameterizedTest(name = "{0}={1} names {2}")
    @MethodSource("badQueries")
    void shouldRefuseABadQueryNamingTheParameter(String parameter, String value, String field) {
        aggregate().queryParam(parameter, value)
                .when().get("/aggregate").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("instance", equalTo("/aggregate"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void shouldTreatQuotesAndSqlInACutAsAPlainValue() {
        aggregate().queryParam("cut", "body:x' or '1'='1|ruleVersion:" + random)
                .when().get("/aggregate").then().statusCode(200)
                .body("total_cell_count", equalTo(1))
                .body("summary.'amount.sum'.amount", equalTo("0.00"))
                .body("summary.'figures.count'", equalTo(0));
        assertThat(count.rows("select count(*) from counted_figure where rule_version = ?", random).get(0)[0])
                .isEqualTo(400L);
    }

    @Test
    void shouldGiveOnlyTheMeasuresAskedFor() {
        JsonPath body = aggregate().queryParam("measures", "lines.count")
                .queryParam("cut", "ruleVersion:" + hand)
                .when().get("/aggregate").then().statusCode(200)
                .body("cells[0].'amount.sum'", nullValue())
                .extract().jsonPath();
        // counted lines of the hand version: 10 + 1 + 12 + 3 + 1 (the excluded 2 not counted)
        assertThat(body.getLong("cells[0].'lines.count'")).isEqualTo(27L);
        assertThat(body.getMap("cells[0]")).containsOnlyKeys("lines.count");
    }

    // -----------------------------------------------------------------------------------------------------------------

    private static RequestSpecification aggregate() {
        return given().accept("application/json");
    }

    /** "key|key" → "amount|lines|figures" from SQL rows of (key, value). */
    private Map<String, String> sql(String sql, Object... parameters) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Object[] row : count.rows(sql, parameters)) {
            rows.put((String) row[0], (String) row[1]);
        }
        return rows;
    }

    /** The API's cells as "member|member" → "amount|lines|figures". */
    private static Map<String, String> cells(JsonPath body, String... members) {
        Map<String, String> cells = new LinkedHashMap<>();
        int size = body.getList("cells").size();
        for (int i = 0; i < size; i++) {
            List<String> key = new ArrayList<>();
            for (String member : members) {
                key.add(body.getString("cells[" + i + "]." + member));
            }
            String cell = "cells[" + i + "].";
            cells.put(String.join("|", key), body.getString(cell + "'amount.sum'.amount") + "|"
                    + body.getLong(cell + "'lines.count'") + "|" + body.getLong(cell + "'figures.count'"));
        }
        return cells;
    }
}
