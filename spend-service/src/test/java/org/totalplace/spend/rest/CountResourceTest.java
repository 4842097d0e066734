package org.totalplace.spend.rest;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.domain.CountInputsChanged;
import org.totalplace.spend.service.Counts;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.SharedData;
import org.totalplace.testkit.EventSchemas;

/**
 * The count: ledgers classified by versioned rules, the CRA apportioned, the Revenue Outturn in place of the
 * local-government estimate. Expectations are computed in the test from the raw rows or by hand.
 */
@QuarkusTest
class CountResourceTest {

    private static final List<String> TYNE_AND_WEAR = List.of(
            "GAT||Gateshead", "STY||South Tyneside", "SND||Sunderland");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "Strategic Group,Spend Level 1,Spend Level 2,TransNo,Seq no,Period,"
            + "Supplier Text,Amount,Updated\n";

    private static boolean imported;

    @Inject
    KnownPilots pilots;

    @Inject
    Counts counts;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void importTheShippedData() {
        if (!imported) {
            for (String dataset : List.of("population-la", "population-regions", "cra", "outturn")) {
                given().when().post("/national-data/" + dataset).then().statusCode(201);
            }
            imported = true;
        }
    }

    /**
     * A small Gateshead-style ledger, by hand: 100.00 + 250.50 education (revenue), 1,000.00 education works
     * (capital), 75.25 under Miscoding (no rule: unclassified, still counted), 40.00 paid to Gateshead PCT (a
     * transfer to another counted body: excluded), 9.99 under an income code (excluded). Counted 1,425.75,
     * excluded 49.99, together the accepted 1,475.74.
     */
    @Test
    void shouldCountALedgerByTheRulesShowingWhatIsExcludedAndWhy() {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        String ref = UUID.randomUUID().toString();
        String csv = HEADER
                + "Learning and Children,Supplies and Services,Books," + ref + ",1,201106,BOOKS LTD,100.00,2011-09-05\n"
                + "Learning and Children,Supplies and Services,Books," + ref + ",2,201106,BOOKS LTD,250.50,2011-09-05\n"
                + "Learning and Children,Works,Contractors," + ref + ",3,201106,BUILD LTD,1000.00,2011-09-06\n"
                + "Miscoding,,," + ref + ",4,201106,SOMEONE,75.25,2011-09-07\n"
                + "Community Based Services,Third Party Payments,Health," + ref
                + ",5,201106,GATESHEAD PCT - COMMISSIONING,40.00,2011-09-08\n"
                + "Community Based Services,Income: Customer and Client Receipts,Refunds," + ref
                + ",6,201106,A PERSON,9.99,2011-09-09\n";
        importLedger(pilot, "Gateshead Council", "2011-12", csv);

        JsonPath count = given().queryParam("year", "2011-12").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", pilot)
                .then().statusCode(200).body("ruleVersion", equalTo(1)).extract().jsonPath();

        String bottomUp = "methods.find { it.method == 'bottom-up' }";
        assertThat(count.getString(bottomUp + ".counted.amount")).isEqualTo("1425.75");
        assertThat(count.getString(bottomUp + ".excluded.amount")).isEqualTo("49.99");
        assertThat(count.getLong(bottomUp + ".lines")).isEqualTo(4);
        assertThat(count.getString("functions.find { it.method == 'bottom-up' && it.functionL1 == '9' }.amount.amount"))
                .isEqualTo("1350.50");
        assertThat(count.getString("functions.find { it.functionL1 == 'unclassified' }.amount.amount"))
                .isEqualTo("75.25");
        assertThat(count.getList("exclusions.reason", String.class)).containsExactlyInAnyOrder(
                "Income code: a refund or receipt, not spending on a service",
                "Transfer to another counted public body: counted where that body spends it, not twice");
        assertThat(figure(pilot, "2011-12", 1, "bottom-up", "9.8", "capital")).isEqualByComparingTo("1000.00");
        assertThat(figure(pilot, "2011-12", 1, "bottom-up", "9.8", "revenue")).isEqualByComparingTo("350.50");
    }

    @Test
    void shouldCountUnderANewRulesVersionWithoutChangingTheOldCountOrTheSourceLines() {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        String ref = UUID.randomUUID().toString();
        importLedger(pilot, "Gateshead Council", "2011-12", HEADER
                + "Community Based Services,Third Party Payments,Health," + ref
                + ",1,201106,GATESHEAD PCT - COMMISSIONING,40.00,2011-09-08\n"
                + "Community Based Services,Third Party Payments,Care," + ref + ",2,201106,CARE LTD,60.00,2011-09-08\n");
        String linesBefore = sourceLines(pilot);
        String v1Before = given().queryParam("year", "2011-12").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", pilot).then().statusCode(200)
                .extract().path("methods.find { it.method == 'bottom-up' }.counted.amount");
        assertThat(v1Before).isEqualTo("60.00");

        // the new version no longer excludes payments to the PCT
        ObjectNode definition = (ObjectNode) readTree(given().when().get("/counting-rules/1").then().statusCode(200)
                .extract().asString()).get("definition");
        ArrayNode rules = (ArrayNode) definition.get("rules");
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).path("match").path("supplier").asText().equals("GATESHEAD PCT - COMMISSIONING")) {
                rules.remove(i);
            }
        }
        definition.put("name", "Without the PCT exclusion " + UUID.randomUUID());
        var created = given().contentType(ContentType.JSON).body(definition.toString())
                .when().post("/counting-rules").then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        int version = created.path("version");
        String etag = created.header("ETag");

        given().queryParam("year", "2011-12").queryParam("ruleVersion", version)
                .when().get("/pilots/{id}/count", pilot).then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .when().post("/counting-rules/{v}/publish", version).then().statusCode(412);
        given().when().post("/counting-rules/{v}/publish", version).then().statusCode(428);
        String published = given().header("If-Match", etag).when().post("/counting-rules/{v}/publish", version)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().header("ETag");

        assertThat((String) given().queryParam("year", "2011-12").queryParam("ruleVersion", version)
                .when().get("/pilots/{id}/count", pilot).then().statusCode(200)
                .extract().path("methods.find { it.method == 'bottom-up' }.counted.amount")).isEqualTo("100.00");
        assertThat((String) given().queryParam("year", "2011-12").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", pilot).then().statusCode(200)
                .extract().path("methods.find { it.method == 'bottom-up' }.counted.amount")).isEqualTo(v1Before);
        assertThat(sourceLines(pilot)).isEqualTo(linesBefore);
        given().contentType(ContentType.JSON).header("If-Match", published).body(definition.toString())
                .when().put("/counting-rules/{v}", version).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseRulesThatDoNotHoldTogetherNamingTheRule() {
        String body = """
                {"name":"Broken","capitalAndRevenue":"both","functions":[{"code":"9","name":"Education"},
                 {"code":"9.8","name":"Education n.e.c."}],
                 "rules":[{"source":"ledger","match":{"colour":"red"},"function":"9.8"},
                          {"source":"cra","match":{"cofogLevel1":"9.8 Education n.e.c."},"function":"9.8","exclude":"x"}]}""";

        given().contentType(ContentType.JSON).body(body).when().post("/counting-rules")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("rules[1]"));
        given().contentType(ContentType.JSON)
                .body(body.replace(",\"exclude\":\"x\"", ""))
                .when().post("/counting-rules")
                .then().statusCode(422).body("errors[0].field", equalTo("rules[0].match.colour"));
    }

    @Test
    void shouldRefuseABadRulesVersionOrYear() {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        given().queryParam("year", "2011-12").queryParam("ruleVersion", "one")
                .when().get("/pilots/{id}/count", pilot).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", "2011").when().get("/pilots/{id}/count", pilot).then().statusCode(400);
        given().queryParam("year", "2011-12").queryParam("ruleVersion", "999999")
                .when().get("/pilots/{id}/count", pilot).then().statusCode(404);
        given().when().get("/counting-rules/0").then().statusCode(404);
    }

    /**
     * Top-down, 2009-10 (no outturn that year), for a three-area pilot: every figure is a CRA category's region
     * spend × pilot population ÷ region population, rounded once; so the counted total is within half a penny per
     * figure of the region's identifiable total × the share, computed here from the raw CRA rows.
     */
    @Test
    void shouldApportionTheRegionsSpendByPopulationShare() throws IOException {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        recount(pilot);

        JsonPath count = given().queryParam("year", "2009-10").queryParam("ruleVersion", "1").when().get("/pilots/{id}/count", pilot)
                .then().statusCode(200).extract().jsonPath();

        long population = count.getLong("population");
        long regionPopulation = populationOf("population/population_England_and_regions.csv", "North East", 2009);
        assertThat(population).isEqualTo(populationOf("population/population_la.csv", "Gateshead", 2009)
                + populationOf("population/population_la.csv", "South Tyneside", 2009)
                + populationOf("population/population_la.csv", "Sunderland", 2009));
        BigDecimal expected = craTotal("ENGLAND_North East", "2009-10", Set.of()).movePointRight(3)
                .multiply(BigDecimal.valueOf(population)).divide(BigDecimal.valueOf(regionPopulation), 6,
                        RoundingMode.HALF_EVEN);
        BigDecimal counted = new BigDecimal(count.getString("methods.find { it.method == 'top-down' }.counted.amount"));
        long figures = figureCount(pilot, "2009-10", "top-down");
        assertThat(counted.subtract(expected).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(figures)));
        assertThat(count.getString("methods.find { it.method == 'top-down' }.perCapita.amount"))
                .isEqualTo(counted.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN).toPlainString());
        assertThat(count.getList("methods.method", String.class)).doesNotContain("outturn");
    }

    /**
     * 2010-11 has a Revenue Outturn: the three councils' service lines replace the local-government part of the
     * estimate for the functions they report spending on. Education (COFOG 9) = the three rows' "Education
     * services" (E4501 Gateshead, E4504 South Tyneside, E4505 Sunderland) × 1000, summed here from the raw file.
     * Police services are 0 for councils (police authorities are separate), so local-government police stays
     * estimated.
     */
    @Test
    void shouldReplaceTheLocalGovernmentEstimateWithTheOutturnWhereTheCouncilsHaveOne() throws IOException {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        recount(pilot);

        JsonPath count = given().queryParam("year", "2010-11").queryParam("ruleVersion", "1").when().get("/pilots/{id}/count", pilot)
                .then().statusCode(200).extract().jsonPath();

        BigDecimal education = outturnSum("Education services", Set.of("E4501", "E4504", "E4505")).movePointRight(3);
        assertThat(new BigDecimal(count.getString(
                "functions.find { it.method == 'outturn' && it.functionL1 == '9' }.amount.amount")))
                .isEqualByComparingTo(education);
        assertThat(figureCount(pilot, "2010-11", "top-down", "Local government", "9")).isZero();
        assertThat(figureCount(pilot, "2010-11", "top-down", "Central government", "9")).isPositive();
        assertThat(figureCount(pilot, "2010-11", "top-down", "Local government", "3")).isPositive();
        assertThat(figureCount(pilot, "2010-11", "outturn", "Gateshead", "9")).isPositive();
    }

    @Test
    void shouldRecordThePilotsNewTotalsAsAnEventValidAgainstItsSchema() throws Exception {
        UUID pilot = pilots.known("Tyne and Wear " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
        importLedger(pilot, "Gateshead Council", "2011-12", HEADER + "Learning and Children,Supplies and Services,"
                + "Books," + UUID.randomUUID() + ",1,201106,BOOKS LTD,100.00,2011-09-05\n");

        // a ledger import marks the year; the recount worker records the event just after the import's commit
        String payload = await().atMost(Duration.ofSeconds(20)).until(() -> latestTotalsEvent(pilot, "2011-12"),
                java.util.Objects::nonNull);

        EventSchemas.assertValid("spend-service", "totalplace.spend.pilot-totals-changed.v1", payload);
        JsonNode data = readTree(payload).get("data");
        assertThat(data.get("pilotId").asText()).isEqualTo(pilot.toString());
        assertThat(data.get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(data.get("methods").findValuesAsText("method")).contains("bottom-up");
    }

    /**
     * Moderators' adjustments through the real recount, in 2012-13 (a year no other test adjusts): five Tyne and
     * Wear pilots, each adjusted by k × its mid-2012 population for k = 100, 102, 104, 106, 200, so their per-capita
     * adjustment is exactly k. By hand (R type 7): Q1 102, Q3 106, IQR 4, fences 96 and 112: the 200 is flagged high.
     * Withdrawing an adjustment takes it out of the count again; its row stays.
     */
    @Test
    void shouldCountAdjustmentsAsTheirOwnLinesAndFlagThePilotWhosePerCapitaIsAnOutlier() throws IOException {
        long population = populationOf("population/population_la.csv", "Gateshead", 2012)
                + populationOf("population/population_la.csv", "South Tyneside", 2012)
                + populationOf("population/population_la.csv", "Sunderland", 2012);
        List<Integer> perHead = List.of(100, 102, 104, 106, 200);
        List<UUID> adjusted = new java.util.ArrayList<>();
        String lastAdjustment = null;
        for (int k : perHead) {
            UUID pilot = pilots.known("Adjusted " + k + " " + UUID.randomUUID(), "North East", TYNE_AND_WEAR);
            adjusted.add(pilot);
            String amount = BigDecimal.valueOf(population).multiply(BigDecimal.valueOf(k)).setScale(2).toPlainString();
            lastAdjustment = given().contentType(ContentType.JSON).body("""
                            {"financialYear":"2012-13","body":"Gateshead Council","functionL2":"10.2",
                             "spendType":"revenue","amount":{"amount":"%s","currency":"GBP"},
                             "reason":"Older people's care paid through the pooled budget","author":"A. Moderator"}"""
                            .formatted(amount))
                    .when().post("/pilots/{id}/adjustments", pilot).then().statusCode(201).extract().path("id");
        }

        JsonPath comparison = given().queryParam("year", "2012-13").queryParam("ruleVersion", "1")
                .queryParam("method", "adjustment")
                .when().get("/moderation/comparison").then().statusCode(200).extract().jsonPath();
        for (int i = 0; i < perHead.size(); i++) {
            String pilot = "functions.find { it.function == '10' }.pilots.find { it.pilotId == '" + adjusted.get(i)
                    + "' }";
            assertThat(comparison.getString(pilot + ".perCapita.amount")).isEqualTo(perHead.get(i) + ".00");
            assertThat(comparison.getString(pilot + ".outlier")).isEqualTo(perHead.get(i) == 200 ? "high" : null);
        }

        UUID last = adjusted.get(adjusted.size() - 1);
        given().queryParam("year", "2012-13").queryParam("ruleVersion", "1").when().get("/pilots/{id}/count", last)
                .then().statusCode(200)
                .body("methods.find { it.method == 'adjustment' }.perCapita.amount", equalTo("200.00"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\":\"Double counted with the PCT's return\",\"author\":\"A. Lead\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", last, lastAdjustment).then().statusCode(200);
        assertThat(given().queryParam("year", "2012-13").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", last).then().statusCode(200).extract().jsonPath()
                .getList("methods.method", String.class)).doesNotContain("adjustment");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void importLedger(UUID pilot, String body, String year, String csv) {
        String submission = given().contentType(ContentType.JSON)
                .body("{\"pilotId\":\"%s\",\"body\":\"%s\",\"financialYear\":\"%s\"}".formatted(pilot, body, year))
                .when().post("/submissions").then().statusCode(201).extract().path("id");
        given().config(org.totalplace.spend.support.Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("amount", "Amount").queryParam("date", "Updated").queryParam("period", "Period")
                .queryParam("supplier", "Supplier Text")
                .queryParam("serviceLevel", "Strategic Group").queryParam("serviceLevel", "Spend Level 1")
                .queryParam("serviceLevel", "Spend Level 2")
                .queryParam("transactionRef", "TransNo").queryParam("transactionRef", "Seq no")
                .when().post("/submissions/{id}/imports", submission)
                .then().log().ifValidationFails().statusCode(201);
    }

    private void recount(UUID pilot) {
        QuarkusTransaction.requiringNew().run(() -> counts.recount(new CountInputsChanged(pilot, null, "test")));
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigDecimal figure(UUID pilot, String year, int version, String method, String function, String type) {
        return (BigDecimal) single("""
                select coalesce(sum(amount), 0) from counted_figure where pilot_id = ? and financial_year = ?
                  and rule_version = ? and method = ? and function_l2 = ? and spend_type = ?""",
                pilot, year, version, method, function, type);
    }

    private long figureCount(UUID pilot, String year, String method) {
        return ((Number) single("""
                select count(*) from counted_figure where pilot_id = ? and financial_year = ? and rule_version = 1
                  and method = ? and treatment = 'counted'""", pilot, year, method)).longValue();
    }

    private long figureCount(UUID pilot, String year, String method, String body, String level1) {
        return ((Number) single("""
                select count(*) from counted_figure where pilot_id = ? and financial_year = ? and rule_version = 1
                  and method = ? and body = ? and function_l1 = ?""", pilot, year, method, body, level1)).longValue();
    }

    /** Every ledger line of the pilot as stored, as one text: it must never change when rules do. */
    private String sourceLines(UUID pilot) {
        return (String) single("""
                select string_agg(l.line_number || ':' || l.amount || ':' || coalesce(l.supplier, '')
                                  || ':' || coalesce(l.service_level_1, ''), ',' order by l.import_id, l.line_number)
                from ledger_line l join ledger_import i on i.id = l.import_id
                join submission s on s.id = i.submission_id where s.pilot_id = ?""", pilot);
    }

    private String latestTotalsEvent(UUID pilot, String year) {
        return (String) single("""
                select payload from outbox_event where type = 'totalplace.spend.pilot-totals-changed.v1'
                  and aggregate_id = ? and payload like ? and payload like '%"ruleVersion":1,%'
                order by seq desc limit 1""",
                pilot.toString(), "%\"financialYear\":\"" + year + "\"%");
    }

    private Object single(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long populationOf(String file, String column, int year) throws IOException {
        try (Reader reader = Files.newBufferedReader(SharedData.file(file));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                if (row.get("year").equals(Integer.toString(year))) {
                    return Long.parseLong(row.get(column));
                }
            }
        }
        throw new IllegalStateException("no " + year + " in " + file);
    }

    private static BigDecimal craTotal(String region, String year, Set<String> sectorsLeftOut) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        try (Reader reader = Files.newBufferedReader(SharedData.file("cra/cra_2014_long.csv"));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                if (row.get("year").equals(year) && row.get("nuts_region").equals(region)
                        && row.get("id_non_id").equals("ID") && !sectorsLeftOut.contains(row.get("cg_lg_or_pc"))) {
                    sum = sum.add(new BigDecimal(row.get("value_gbp_thousand")));
                }
            }
        }
        return sum;
    }

    private static BigDecimal outturnSum(String column, Set<String> eCodes) throws IOException {
        BigDecimal sum = BigDecimal.ZERO;
        try (Reader reader = Files.newBufferedReader(SharedData.file("outturn/rs_2010-11_net_current_expenditure.csv"));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                if (eCodes.contains(row.get("E-code"))) {
                    sum = sum.add(new BigDecimal(row.get(column)));
                }
            }
        }
        return sum;
    }
}
