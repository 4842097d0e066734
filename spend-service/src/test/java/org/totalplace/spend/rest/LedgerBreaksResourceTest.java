package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.RawLedger;
import org.totalplace.spend.support.Submissions;

/**
 * Month-on-month breaks over imported ledgers: small synthetic ledgers with expectations worked by hand, and five
 * real Gateshead files (read in place) whose monthly totals are worked out from the raw files by {@link RawLedger}.
 */
@QuarkusTest
class LedgerBreaksResourceTest {

    private static final Path GATESHEAD = ProjectLayout.sharedDir().resolve("data/spend/gateshead");

    @jakarta.inject.Inject
    KnownPilots pilots;

    private static String importCsv(String submission, String csv) {
        return Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().statusCode(201).extract().path("id");
    }

    private static String line(String period, String date, String amount) {
        return "Care," + UUID.randomUUID() + "," + period + ",SUPPLIER LTD," + amount + "," + date + "\n";
    }

    @Test
    void shouldFlagASpikeAFallAndAGapInASmallLedgerWorkedByHand() {
        String submission = Submissions.open(UUID.randomUUID(), "Test Council", "2009-10");
        // By month (period YYYYPP, 01 = April; the date decides where the period is blank):
        //   2009-04: 600 + 400 = 1000; 2009-05: 1100 (blank period, paid 2009-05-20); 2009-06: 900;
        //   2009-07: 5000; 2009-08: 100; 2009-09: no lines (0.00); 2009-10: 1000; period 200913: 777 (year end).
        // Months with lines: 100, 900, 1000, 1000, 1100, 5000 → median (1000 + 1000) / 2 = 1000.
        // factor 3: above 3000 → 2009-07; below 1000 / 3 → 2009-08 (100) and 2009-09 (0.00).
        String csv = "Service,Ref,Period,Supplier,Amount,Date\n"
                + line("200901", "2009-04-10", "600.00") + line("200901", "2009-05-02", "400.00")
                + line("", "2009-05-20", "1100.00") + line("200903", "2009-06-30", "900.00")
                + line("200904", "2009-07-15", "5000.00") + line("200905", "2009-08-15", "100.00")
                + line("200907", "2009-10-15", "1000.00") + line("200913", "2010-04-20", "777.00");
        importCsv(submission, csv);
        // a withdrawn import does not count
        String withdrawn = importCsv(submission, "Service,Ref,Period,Supplier,Amount,Date\n"
                + line("200909", "2009-12-15", "99999.00"));
        given().contentType("application/json").body("{\"reason\":\"wrong file\"}")
                .when().post("/imports/{id}/withdraw", withdrawn).then().statusCode(200);

        JsonPath breaks = given().when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(200).extract().jsonPath();

        assertThat(breaks.getString("factor")).isEqualTo("3");
        assertThat(breaks.getString("method")).contains("median");
        assertThat(breaks.getString("bodies[0].body")).isEqualTo("Test Council");
        assertThat(breaks.getString("bodies[0].median")).isEqualTo("1000.00");
        assertThat(breaks.getList("bodies[0].months.month")).containsExactly("2009-04", "2009-05", "2009-06",
                "2009-07", "2009-08", "2009-09", "2009-10");
        assertThat(breaks.getList("bodies[0].months.total.amount")).containsExactly("1000.00", "1100.00", "900.00",
                "5000.00", "100.00", "0.00", "1000.00");
        assertThat(breaks.getList("bodies[0].months.lines", Integer.class)).containsExactly(2, 1, 1, 1, 1, 0, 1);
        assertThat(breaks.getList("bodies[0].breaks.month")).containsExactly("2009-07", "2009-08", "2009-09");
        assertThat(breaks.getList("bodies[0].breaks.breakDirection")).containsExactly("above", "below", "below");
        assertThat(breaks.getString("bodies[0].months[3].ratioToMedian")).isEqualTo("5.0000");
        assertThat(breaks.getString("bodies[0].yearEndAdjustments[0].financialYear")).isEqualTo("2009-10");
        assertThat(breaks.getString("bodies[0].yearEndAdjustments[0].total.amount")).isEqualTo("777.00");
    }

    @Test
    void shouldUseTheFactorAndMinimumMonthsAsked() {
        String submission = Submissions.open(UUID.randomUUID(), "Test Council", "2009-10");
        // 200, 300, 1000 → median 300. factor 2: above 600 → 2009-06; factor 4: above 1200 → none.
        importCsv(submission, "Service,Ref,Period,Supplier,Amount,Date\n" + line("200901", "2009-04-01", "200.00")
                + line("200902", "2009-05-01", "300.00") + line("200903", "2009-06-01", "1000.00"));

        given().queryParam("factor", "2").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(200).body("bodies[0].breaks.month", equalTo(List.of("2009-06")));
        given().queryParam("factor", "4").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(200).body("bodies[0].breaks.size()", equalTo(0));
        given().queryParam("minMonths", "4").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(200)
                .body("bodies[0].notAssessed", equalTo("only 3 month(s) with lines; at least 4 are needed"));
    }

    @Test
    void shouldRefuseABadFactorNamingIt() {
        String submission = Submissions.open(UUID.randomUUID(), "Test Council", "2009-10");

        given().queryParam("factor", "1").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("factor"));
        given().queryParam("factor", "lots").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(400).body("errors.field", hasItem("factor"));
        given().queryParam("minMonths", "0").when().get("/submissions/{id}/moderation/breaks", submission)
                .then().statusCode(400).body("errors.field", hasItem("minMonths"));
        given().when().get("/submissions/{id}/moderation/breaks", UUID.randomUUID()).then().statusCode(404);
    }

    /**
     * Gateshead's files for December 2010 to April 2011 in one submission. Expected monthly totals are summed from the
     * raw files by period (RawLedger); the April 2011 file also holds period 201013, 2010-11's year-end adjustments.
     * Months 2010-12 … 2011-04: 17707779.41, 19564851.39, 18370761.06, 31930638.02, 12266283.33; sorted, the median
     * is the middle one, 18370761.06. With the default factor 3 nothing breaks; with factor 1.5 the upper threshold
     * is 27556141.59, which March 2011 (the financial year's last month) exceeds, and the lower threshold 12247174.04
     * is just below April 2011's 12266283.33, which is therefore not a break.
     */
    @Test
    void shouldFindMarch2011AboveOneAndAHalfTimesTheMedianInGatesheadsRealLedgers() throws IOException {
        UUID pilot = pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
        String submission = Submissions.open(pilot, "Gateshead Council", "2010-11");
        List<String> files = List.of("2010-12", "2011-01", "2011-02", "2011-03", "2011-04");
        Map<String, BigDecimal> expected = new java.util.TreeMap<>();
        List<String> imports = new ArrayList<>();
        try {
            for (String month : files) {
                Path file = GATESHEAD.resolve(month + ".csv");
                RawLedger.periodTotals(file).forEach((period, total) -> expected.merge(period, total, BigDecimal::add));
                List<String> h = RawLedger.read(file).header();
                imports.add(given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                        .body(Files.readAllBytes(file))
                        .queryParam("amount", h.get(7)).queryParam("date", h.get(8)).queryParam("period", h.get(5))
                        .queryParam("supplier", h.get(6)).queryParam("serviceLevel", h.get(0))
                        .queryParam("transactionRef", h.get(3)).queryParam("transactionRef", h.get(4))
                        .when().post("/submissions/{id}/imports", submission)
                        .then().statusCode(201).extract().path("id"));
            }
            assertThat(expected.keySet()).containsExactly("201009", "201010", "201011", "201012", "201013", "201101");

            JsonPath byDefault = given().when().get("/submissions/{id}/moderation/breaks", submission)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(byDefault.getList("bodies[0].months.month")).containsExactly("2010-12", "2011-01", "2011-02",
                    "2011-03", "2011-04");
            assertThat(byDefault.getList("bodies[0].months.total.amount")).containsExactly(
                    text(expected, "201009"), text(expected, "201010"), text(expected, "201011"),
                    text(expected, "201012"), text(expected, "201101"));
            assertThat(byDefault.getString("bodies[0].median")).isEqualTo("18370761.06");
            assertThat(byDefault.getList("bodies[0].breaks")).isEmpty();
            assertThat(byDefault.getString("bodies[0].yearEndAdjustments[0].financialYear")).isEqualTo("2010-11");
            assertThat(byDefault.getString("bodies[0].yearEndAdjustments[0].total.amount"))
                    .isEqualTo(text(expected, "201013"));
            assertThat(byDefault.getInt("bodies[0].yearEndAdjustments[0].lines")).isEqualTo(835);

            JsonPath tighter = given().queryParam("factor", "1.5")
                    .when().get("/pilots/{id}/moderation/breaks?year=2010-11", pilot)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(tighter.getList("bodies.body")).containsExactly("Gateshead Council");
            assertThat(tighter.getList("bodies[0].breaks.month")).containsExactly("2011-03");
            assertThat(tighter.getList("bodies[0].breaks.breakDirection")).containsExactly("above");
        } finally {
            // leave the files importable again for the other test classes
            for (String id : imports) {
                given().contentType("application/json").body("{\"reason\":\"test done\"}")
                        .when().post("/imports/{id}/withdraw", id).then().statusCode(200);
            }
        }
    }

    private static String text(Map<String, BigDecimal> totals, String period) {
        return totals.get(period).toPlainString();
    }
}
