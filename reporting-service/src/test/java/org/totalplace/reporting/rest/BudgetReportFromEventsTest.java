package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.totalplace.reporting.domain.state.JournalSamples.at;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.state.JournalSamples;
import org.totalplace.reporting.domain.state.JournalSamples.Sample;
import org.totalplace.reporting.events.EventSender;

/**
 * The reports from events, end to end: one pilot's life (registration, its 2009-10 count, a barrier escalated tier
 * by tier to ministers and resolved with a Whitehall change, the decision on it, its body's accepted submission, a
 * redesign proposal, its Budget submission) is produced through the real broker as the producers publish it, and
 * read back from the Budget report, as of several instants, after a rebuild from the topics, and as PDF and CSV.
 *
 * <p>The module's tests share the database and the broker, so the pilot's ids and code are new each run, and the
 * assertions pick the pilot's own entries out of reports that may hold other tests' pilots.
 */
@QuarkusTest
class BudgetReportFromEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The Budget deadline: a date means the end of that day, after every event of the scenario. */
    private static final String DEADLINE = "2010-02-05";
    /** Other tests may count 2009-10 under newer rules; the scenario's count is under version 1. */
    private static final int RULE_VERSION = 1;
    private static final long POPULATION = 254_321L;
    private static final String TOP_DOWN = "2200000000.37";
    private static final String BOTTOM_UP = "2100000000.05";

    private static final Instant REGISTERED = at("2009-06-01T09:00:00Z");
    private static final Instant RAISED = at("2009-09-10T09:00:00Z");
    private static final Instant TO_GOVERNMENT_OFFICE = at("2009-09-24T09:00:00Z");
    private static final Instant COUNTED = at("2009-11-02T09:00:00Z");
    private static final Instant BODY_ACCEPTED = at("2009-11-05T09:00:00Z");
    private static final Instant TO_OFFICIALS = at("2009-12-01T09:00:00Z");
    private static final Instant TO_MINISTERS = at("2010-01-05T09:00:00Z");
    private static final Instant DECIDED = at("2010-01-12T15:00:00Z");
    private static final Instant RESOLVED = at("2010-01-12T16:00:00Z");
    private static final Instant PROPOSED = at("2010-01-20T09:00:00Z");
    private static final Instant DRAFTED = at("2010-01-25T09:00:00Z");
    private static final Instant SUBMITTED = at("2010-02-03T09:00:00Z");

    private static EventSender sender;
    private static Scenario scenario;

    /** What one run sent: fresh ids and a fresh code, so nothing another test sends can be mistaken for it. */
    private record Scenario(UUID pilotId, String code, String name, UUID barrierId, UUID decisionId,
                            UUID submissionId, UUID proposalId) {

        String pilot() {
            return "pilots.find { it.pilotId == '" + pilotId + "' }";
        }
    }

    @AfterAll
    static void disconnect() {
        if (sender != null) {
            sender.close();
        }
    }

    @Test
    void shouldShowThePilotsCountWhitehallChangeSubmissionAndProposalToThePenny() {
        Scenario s = scenario();
        JsonPath report = budget(DEADLINE);
        String pilot = s.pilot();

        assertThat(report.getString(pilot + ".code")).isEqualTo(s.code());
        assertThat(report.getString(pilot + ".name")).isEqualTo(s.name());
        assertThat(report.getInt(pilot + ".count.ruleVersion")).isEqualTo(RULE_VERSION);
        assertThat(report.getLong(pilot + ".count.population")).isEqualTo(POPULATION);
        assertThat(report.getString(pilot + ".count.topDown.amount")).isEqualTo("2200000000.37");
        assertThat(report.getString(pilot + ".count.topDown.currency")).isEqualTo("GBP");
        assertThat(report.getString(pilot + ".count.bottomUp.amount")).isEqualTo("2100000000.05");
        // 2,200,000,000.37 / 254,321 = 8,650.4850..., and 2,100,000,000.05 / 254,321 = 8,257.2811...
        assertThat(report.getString(pilot + ".count.topDownPerCapita.amount")).isEqualTo("8650.49");
        assertThat(report.getString(pilot + ".count.bottomUpPerCapita.amount")).isEqualTo("8257.28");
        assertThat(report.getList(pilot + ".count.functions.functionL1")).containsExactly("10", "7");
        assertThat(report.getString(pilot + ".count.functions.find { it.functionL1 == '7' }.topDown.amount"))
                .isEqualTo("2200000000.37");
        assertThat(report.getString(pilot + ".count.moderationState")).isEqualTo("ACCEPTED");
        assertThat(report.getString(pilot + ".count.bodies[0].acceptedTotal.amount")).isEqualTo("2099998500.05");

        String change = pilot + ".whitehallChanges";
        assertThat(report.getList(change)).hasSize(1);
        assertThat(report.getString(change + "[0].barrierId")).isEqualTo(s.barrierId().toString());
        assertThat(report.getString(change + "[0].tier")).isEqualTo("MINISTERIAL_GROUP");
        assertThat(report.getString(change + "[0].status")).isEqualTo("RESOLVED");
        assertThat(report.getString(change + "[0].decision")).isEqualTo("Agreed by ministers");
        assertThat(report.getString(change + "[0].whitehallChange"))
                .isEqualTo("Early years grants pooled from April 2010");
        assertThat(report.getList(change + "[0].decisions.decisionId")).containsExactly(s.decisionId().toString());
        assertThat(report.getString(change + "[0].decisions[0].text"))
                .isEqualTo("Pool the early-years grants from April 2010");
        assertThat(report.getString(change + "[0].decisions[0].meetingDate")).isEqualTo("2010-01-12");

        assertThat(report.getString(pilot + ".submission.submissionId")).isEqualTo(s.submissionId().toString());
        assertThat(report.getString(pilot + ".submission.state")).isEqualTo("SUBMITTED");
        assertThat(report.getString(pilot + ".submission.at")).isEqualTo(SUBMITTED.toString());

        assertThat(report.getList(pilot + ".financialImplications.proposalId"))
                .containsExactly(s.proposalId().toString());
        // central case: savings 1,750,000.55 less investment 1,000,000.00 less 10,000.00 of discounting
        assertThat(report.getString(pilot + ".financialImplications[0].central.npv.amount")).isEqualTo("740000.55");

        List<String> counted = report.getList("pilots.findAll { it.count != null }.count.topDown.amount");
        assertThat(programmeTopDown(report)).isEqualTo(counted.stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(report.getInt("totals.find { it.currency == 'GBP' }.pilotsCounted")).isEqualTo(counted.size());
        JsonPath justBefore = budget(justBefore(COUNTED));
        JsonPath justAfter = budget(COUNTED.toString());
        assertThat(programmeTopDown(justAfter).subtract(programmeTopDown(justBefore)))
                .isEqualByComparingTo(new BigDecimal(TOP_DOWN));
    }

    @Test
    void shouldShowTheCountAndTheWhitehallChangeOnlyAsOfWhenTheyHappened() {
        Scenario s = scenario();
        String pilot = s.pilot();

        JsonPath registered = budget(justBefore(COUNTED));
        assertThat(registered.getString(pilot + ".name")).isEqualTo(s.name());
        assertThat(registered.getMap(pilot + ".count")).isNull();
        assertThat(registered.getList(pilot + ".whitehallChanges")).isEmpty();

        JsonPath counted = budget(COUNTED.toString());
        assertThat(counted.getString(pilot + ".count.topDown.amount")).isEqualTo(TOP_DOWN);

        // At the government office the barrier is still the pilot's own business, not an ask of Whitehall.
        JsonPath beforeWhitehall = budget(justBefore(TO_OFFICIALS));
        assertThat(beforeWhitehall.getString(pilot + ".count.topDown.amount")).isEqualTo(TOP_DOWN);
        assertThat(beforeWhitehall.getList(pilot + ".whitehallChanges")).isEmpty();

        JsonPath atOfficials = budget(TO_OFFICIALS.toString());
        assertThat(atOfficials.getList(pilot + ".whitehallChanges.tier")).containsExactly("OFFICIALS_GROUP");
        assertThat(atOfficials.getList(pilot + ".whitehallChanges.status")).containsExactly("OPEN");

        assertThat(budget(justBefore(TO_MINISTERS)).getList(pilot + ".whitehallChanges.tier"))
                .containsExactly("OFFICIALS_GROUP");
        JsonPath atMinisters = budget(TO_MINISTERS.toString());
        assertThat(atMinisters.getList(pilot + ".whitehallChanges.tier")).containsExactly("MINISTERIAL_GROUP");
        assertThat(atMinisters.getList(pilot + ".whitehallChanges.status")).containsExactly("OPEN");
        assertThat(atMinisters.getList(pilot + ".whitehallChanges[0].decisions")).isEmpty();
        assertThat(atMinisters.getMap(pilot + ".submission")).isNull();

        JsonPath deadline = budget(DEADLINE);
        assertThat(deadline.getList(pilot + ".whitehallChanges.status")).containsExactly("RESOLVED");
        assertThat(deadline.getString(pilot + ".submission.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldGiveIdenticalReportsAfterARebuildFromTheTopics() {
        Scenario s = scenario();
        String budgetBefore = settled(() -> reportJson("/reports/budget", DEADLINE));
        String comparisonBefore = settled(() -> reportJson("/reports/pilot-comparison", DEADLINE));
        String pastBudgetBefore = reportJson("/reports/budget", TO_OFFICIALS.toString());

        JsonPath rebuilt = given().accept("application/json").post("/journal/rebuild")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();

        // every event of the scenario, and whatever other tests sent, read back from the topics
        assertThat(rebuilt.getInt("journaled")).isGreaterThanOrEqualTo(12);
        assertThat(reportJson("/reports/budget", DEADLINE)).isEqualTo(budgetBefore);
        assertThat(reportJson("/reports/pilot-comparison", DEADLINE)).isEqualTo(comparisonBefore);
        assertThat(reportJson("/reports/budget", TO_OFFICIALS.toString())).isEqualTo(pastBudgetBefore);
        assertThat(budgetBefore).contains(s.code());
        assertThat(comparisonBefore).contains(s.code());
    }

    @Test
    void shouldListTheEscalationToMinistersAndTheDecisionInTheirFortnightlyUpdate() {
        Scenario s = scenario();
        JsonPath update = given().accept("application/json")
                .queryParam("from", "2010-01-01").queryParam("to", "2010-01-14")
                .get("/reports/fortnightly-update")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();

        // fortnights counted from 23 September 2008: 478 days to 14 January 2010 is the 35th
        assertThat(update.getInt("number")).isEqualTo(35);
        String barrier = "barriers.findAll { it.barrierId == '" + s.barrierId() + "' }";
        assertThat(update.getList(barrier + ".change")).containsExactly("ESCALATED", "RESOLVED");
        assertThat(update.getList(barrier + ".tier")).containsExactly("MINISTERIAL_GROUP", "MINISTERIAL_GROUP");
        assertThat(update.getList(barrier + ".pilot")).containsOnly(s.name());
        assertThat(update.getList(barrier + ".at")).containsExactly(TO_MINISTERS.toString(), RESOLVED.toString());
        String decision = "decisions.find { it.decisionId == '" + s.decisionId() + "' }";
        assertThat(update.getString(decision + ".text")).isEqualTo("Pool the early-years grants from April 2010");
        assertThat(update.getString(decision + ".barrier")).isEqualTo("Ring-fenced early-years grants");
        assertThat(update.getString(decision + ".at")).isEqualTo(DECIDED.toString());
        assertThat(update.getList("highlights").toString()).contains("decision").contains("escalated");
    }

    @Test
    void shouldRenderTheBudgetReportAsAPdfNamingThePilotAndACsvWithItsRow() throws IOException {
        Scenario s = scenario();

        byte[] pdf = budgetRequest(DEADLINE).queryParam("format", "pdf").get("/reports/budget")
                .then().statusCode(200).contentType(startsWith("application/pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            // table cells may wrap a name over two lines
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(s.name());
        }

        byte[] csv = budgetRequest(DEADLINE).queryParam("format", "csv").get("/reports/budget")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        List<Map<String, String>> pilotRows = rows.stream().filter(r -> s.code().equals(r.get("pilot")))
                .map(CSVRecord::toMap).toList();
        assertThat(pilotRows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("name", s.name())
                .containsEntry("ruleVersion", "1")
                .containsEntry("currency", "GBP")
                .containsEntry("topDown", TOP_DOWN)
                .containsEntry("bottomUp", BOTTOM_UP)
                .containsEntry("population", Long.toString(POPULATION))
                .containsEntry("topDownPerCapita", "8650.49")
                .containsEntry("bottomUpPerCapita", "8257.28")
                .containsEntry("moderationState", "ACCEPTED")
                .containsEntry("budgetSubmission", "SUBMITTED")
                .containsEntry("proposals", "1")
                .containsEntry("whitehallChanges", "1"));
    }

    // -----------------------------------------------------------------------------------------------

    /** Sends the scenario once per run (the first test to need it) and waits until the Budget report shows it all. */
    private static synchronized Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Scenario s = new Scenario(UUID.randomUUID(), "wirral-" + suffix, "Wirral " + suffix.toUpperCase(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID ministerialGroup = UUID.randomUUID();
        List<Sample> samples = List.of(
                JournalSamples.pilotRegistered(s.pilotId(), s.code(), s.name(), 1, REGISTERED),
                JournalSamples.barrierRaised(s.pilotId(), s.barrierId(), "Ring-fenced early-years grants", RAISED),
                JournalSamples.barrierEscalated(s.pilotId(), s.barrierId(), "PILOT", "GOVERNMENT_OFFICE", true,
                        TO_GOVERNMENT_OFFICE),
                JournalSamples.pilotTotalsChanged(s.pilotId(), s.code(), "2009-10", RULE_VERSION, POPULATION,
                        BOTTOM_UP, TOP_DOWN, COUNTED),
                JournalSamples.bodySubmissionStateChanged(s.pilotId(), UUID.randomUUID(), "2009-10", "MODERATED",
                        "ACCEPTED", "2099998500.05", 4, BODY_ACCEPTED),
                JournalSamples.barrierEscalated(s.pilotId(), s.barrierId(), "GOVERNMENT_OFFICE", "OFFICIALS_GROUP",
                        false, TO_OFFICIALS),
                JournalSamples.barrierEscalated(s.pilotId(), s.barrierId(), "OFFICIALS_GROUP", "MINISTERIAL_GROUP",
                        false, TO_MINISTERS),
                JournalSamples.decisionRecorded(s.decisionId(), ministerialGroup, s.barrierId(),
                        "Pool the early-years grants from April 2010", DECIDED),
                JournalSamples.barrierResolved(s.pilotId(), s.barrierId(), "MINISTERIAL_GROUP", "Agreed by ministers",
                        "Early years grants pooled from April 2010", s.decisionId(), RESOLVED),
                JournalSamples.proposalChanged(s.pilotId(), s.proposalId(), "proposed", "Early years hub",
                        "1750000.55", 0, PROPOSED),
                JournalSamples.submissionStateChanged(s.pilotId(), s.submissionId(), null, "DRAFT", null, 0, DRAFTED),
                JournalSamples.submissionStateChanged(s.pilotId(), s.submissionId(), "DRAFT", "SUBMITTED", null, 1,
                        SUBMITTED));
        sender = EventSender.connect();
        // Keyed as the producers key them (the pilot, or the group for a decision), so one key's events stay in order.
        samples.forEach(sample -> sender.send(sample.topic(), sample.key(), sample.json()));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonPath report = budget(DEADLINE);
            String pilot = s.pilot();
            assertThat(report.getString(pilot + ".count.moderationState")).isEqualTo("ACCEPTED");
            assertThat(report.getList(pilot + ".whitehallChanges.status")).containsExactly("RESOLVED");
            assertThat(report.getList(pilot + ".whitehallChanges[0].decisions")).hasSize(1);
            assertThat(report.getList(pilot + ".financialImplications")).hasSize(1);
            assertThat(report.getString(pilot + ".submission.state")).isEqualTo("SUBMITTED");
        });
        scenario = s;
        return s;
    }

    private static RequestSpecification budgetRequest(String asOf) {
        return given().queryParam("asOf", asOf).queryParam("ruleVersion", RULE_VERSION);
    }

    private static JsonPath budget(String asOf) {
        return budgetRequest(asOf).accept("application/json").get("/reports/budget")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    private static String reportJson(String path, String asOf) {
        return given().accept("application/json").queryParam("asOf", asOf).queryParam("format", "json").get(path)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
    }

    /** The answer once consumption has caught up: two reads a moment apart agree. */
    private static String settled(Supplier<String> read) {
        String[] last = {read.get()};
        await().atMost(TIMEOUT).pollDelay(Duration.ofMillis(500)).until(() -> {
            String now = read.get();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    private static String justBefore(Instant instant) {
        return instant.minusNanos(1).toString();
    }

    private static BigDecimal programmeTopDown(JsonPath report) {
        String amount = report.getString("totals.find { it.currency == 'GBP' }.topDown.amount");
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount);
    }
}
