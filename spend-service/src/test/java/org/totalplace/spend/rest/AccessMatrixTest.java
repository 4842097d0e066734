package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.CountFigures;
import org.totalplace.spend.support.JourneyRequests;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.ModerationRows;
import org.totalplace.spend.support.RedesignRequests;
import org.totalplace.spend.support.Submissions;
import org.totalplace.testkit.AccessMatrix;
import org.totalplace.testkit.Req;

/**
 * Every endpoint × every role × a pilot inside and one outside the caller's scope, against the testkit's role table;
 * the lists spanning pilots (submissions, spend lines, the aggregate) show no row of a pilot outside it.
 */
@QuarkusTest
class AccessMatrixTest {

    /** A year no other test writes, so that the lists below show this test's rows only (and all of them). */
    private static final String YEAR = "2031-32";
    private static final String IN_REGION = "London";
    private static final String OUT_REGION = "North East";

    @Inject
    KnownPilots pilots;

    @Inject
    CountFigures count;

    @Inject
    ModerationRows rows;

    @AfterAll
    static void forgetTheRuleVersionMadeHere() {
        io.quarkus.arc.Arc.container().instance(CountFigures.class).get().forgetRuleVersions();
    }

    /** One record of every kind served by id, for one pilot. */
    private record Fixture(UUID pilot, String code, String submission, String importing, String ledgerImport,
                           String spendLine, String adjustment, String proposal, String journey) {

        Req to(String template) {
            return Req.to(template.replace("{pilot}", pilot.toString()).replace("{submission}", submission)
                    .replace("{importing}", importing).replace("{import}", ledgerImport)
                    .replace("{line}", spendLine).replace("{adjustment}", adjustment).replace("{proposal}", proposal)
                    .replace("{journey}", journey));
        }
    }

    @Test
    void shouldAnswerEveryEndpointForEveryRoleAsTheRoleTableSays() {
        int ruleVersion = count.newRuleVersion("access matrix", false);
        Fixture in = fixture(IN_REGION, ruleVersion);
        Fixture out = fixture(OUT_REGION, ruleVersion);
        String csv = ledger();

        matrix(in, out)
                .endpoint("GET", "/submissions", "READ_PILOT", Req.to("/submissions?financialYear=" + YEAR))
                .endpoint("POST", "/submissions", "SUBMIT_SPEND",
                        Req.to("/submissions").body(openSubmission(in.pilot())),
                        Req.to("/submissions").body(openSubmission(out.pilot())))
                .endpoint("GET", "/submissions/{id}", "READ_PILOT",
                        in.to("/submissions/{submission}"), out.to("/submissions/{submission}"))
                .endpoint("GET", "/submissions/{id}/moderation/breaks", "READ_PILOT",
                        in.to("/submissions/{importing}/moderation/breaks"),
                        out.to("/submissions/{importing}/moderation/breaks"))
                .endpoint("PUT", "/submissions/{id}/state", "SUBMIT_SPEND",
                        moveTo(in, "SUBMITTED"), moveTo(out, "SUBMITTED"))
                .endpoint("POST", "/submissions/{id}/imports", "SUBMIT_SPEND",
                        in.to("/submissions/{importing}/imports?amount=Amount").contentType("text/csv").body(csv),
                        out.to("/submissions/{importing}/imports?amount=Amount").contentType("text/csv").body(csv))
                .endpoint("GET", "/submissions/{id}/imports", "READ_PILOT",
                        in.to("/submissions/{importing}/imports"), out.to("/submissions/{importing}/imports"))
                .endpoint("GET", "/imports/{id}", "READ_PILOT", in.to("/imports/{import}"), out.to("/imports/{import}"))
                .endpoint("POST", "/imports/{id}/withdraw", "SUBMIT_SPEND",
                        in.to("/imports/{import}/withdraw").body("{\"reason\":\"access matrix\"}"),
                        out.to("/imports/{import}/withdraw").body("{\"reason\":\"access matrix\"}"))
                .endpoint("GET", "/spend-lines", "READ_PILOT", Req.to("/spend-lines?financialYear=" + YEAR))
                .endpoint("POST", "/spend-lines", "SUBMIT_SPEND",
                        Req.to("/spend-lines").body(spendLine(in.pilot())),
                        Req.to("/spend-lines").body(spendLine(out.pilot())))
                .endpoint("GET", "/spend-lines/{id}", "READ_PILOT", in.to("/spend-lines/{line}"),
                        out.to("/spend-lines/{line}"))
                .endpoint("GET", "/mapping-profiles", "READ_PROGRAMME", Req.to("/mapping-profiles"))
                .endpoint("POST", "/mapping-profiles", "SUBMIT_SPEND", Req.to("/mapping-profiles").body("null"))
                .endpoint("GET", "/mapping-profiles/{id}", "READ_PROGRAMME",
                        Req.to("/mapping-profiles/" + UUID.randomUUID()))
                .endpoint("POST", "/mapping-profiles/guess", "SUBMIT_SPEND",
                        Req.to("/mapping-profiles/guess").contentType("text/csv").body(csv))
                .endpoint("GET", "/counting-rules", "READ_PROGRAMME", Req.to("/counting-rules"))
                .endpoint("POST", "/counting-rules", "MODERATE", Req.to("/counting-rules").body("null"))
                .endpoint("GET", "/counting-rules/{version}", "READ_PROGRAMME", Req.to("/counting-rules/1"))
                .endpoint("PUT", "/counting-rules/{version}", "MODERATE", Req.to("/counting-rules/999999").body("null"))
                .endpoint("POST", "/counting-rules/{version}/publish", "MODERATE",
                        Req.to("/counting-rules/999999/publish"))
                .endpoint("POST", "/national-data/{dataset}", "ADMINISTER", Req.to("/national-data/no-such-dataset"))
                .endpoint("GET", "/national-data/imports/{id}", "READ_PROGRAMME",
                        Req.to("/national-data/imports/" + UUID.randomUUID()))
                .endpoint("POST", "/national-data/deflators", "ADMINISTER",
                        Req.to("/national-data/deflators").contentType("text/csv").body("financialYear,index\n"))
                .endpoint("GET", "/national-data/deflators/{series}", "READ_PROGRAMME",
                        Req.to("/national-data/deflators/no-such-series"))
                .endpoint("POST", "/pilots/{pilotId}/adjustments", "MODERATE",
                        in.to("/pilots/{pilot}/adjustments").body("{}"), out.to("/pilots/{pilot}/adjustments").body("{}"))
                .endpoint("GET", "/pilots/{pilotId}/adjustments", "READ_PILOT",
                        in.to("/pilots/{pilot}/adjustments"), out.to("/pilots/{pilot}/adjustments"))
                .endpoint("GET", "/pilots/{pilotId}/adjustments/{id}", "READ_PILOT",
                        in.to("/pilots/{pilot}/adjustments/{adjustment}"), out.to("/pilots/{pilot}/adjustments/{adjustment}"))
                .endpoint("POST", "/pilots/{pilotId}/adjustments/{id}/withdraw", "MODERATE",
                        in.to("/pilots/{pilot}/adjustments/{adjustment}/withdraw").body(WITHDRAW_ADJUSTMENT),
                        out.to("/pilots/{pilot}/adjustments/{adjustment}/withdraw").body(WITHDRAW_ADJUSTMENT))
                .endpoint("GET", "/pilots/{pilotId}/count", "READ_PILOT",
                        in.to("/pilots/{pilot}/count?year=2009-10"), out.to("/pilots/{pilot}/count?year=2009-10"))
                .endpoint("GET", "/pilots/{pilotId}/count/datapackage.zip", "READ_PILOT",
                        in.to("/pilots/{pilot}/count/datapackage.zip"), out.to("/pilots/{pilot}/count/datapackage.zip"))
                .endpoint("GET", "/pilots/{pilotId}/count/datapackage.json", "READ_PILOT",
                        in.to("/pilots/{pilot}/count/datapackage.json"), out.to("/pilots/{pilot}/count/datapackage.json"))
                .endpoint("GET", "/pilots/{pilotId}/count/count.csv", "READ_PILOT",
                        in.to("/pilots/{pilot}/count/count.csv"), out.to("/pilots/{pilot}/count/count.csv"))
                .endpoint("GET", "/pilots/{pilotId}/estimates", "READ_PILOT",
                        in.to("/pilots/{pilot}/estimates?year=2009-10"), out.to("/pilots/{pilot}/estimates?year=2009-10"))
                .endpoint("GET", "/pilots/{pilotId}/moderation/missing-bodies", "READ_PILOT",
                        in.to("/pilots/{pilot}/moderation/missing-bodies?year=" + YEAR),
                        out.to("/pilots/{pilot}/moderation/missing-bodies?year=" + YEAR))
                .endpoint("GET", "/pilots/{pilotId}/moderation/breaks", "READ_PILOT",
                        in.to("/pilots/{pilot}/moderation/breaks?year=" + YEAR),
                        out.to("/pilots/{pilot}/moderation/breaks?year=" + YEAR))
                .endpoint("GET", "/moderation/comparison", "MODERATE",
                        Req.to("/moderation/comparison?year=" + YEAR + "&ruleVersion=" + ruleVersion + "&method=top-down"))
                .endpoint("POST", "/pilots/{pilotId}/redesign-proposals", "SUBMIT_SPEND",
                        in.to("/pilots/{pilot}/redesign-proposals").body("{}"),
                        out.to("/pilots/{pilot}/redesign-proposals").body("{}"))
                .endpoint("GET", "/pilots/{pilotId}/redesign-proposals", "READ_PILOT",
                        in.to("/pilots/{pilot}/redesign-proposals"), out.to("/pilots/{pilot}/redesign-proposals"))
                .endpoint("GET", "/redesign-proposals/{id}", "READ_PILOT",
                        in.to("/redesign-proposals/{proposal}"), out.to("/redesign-proposals/{proposal}"))
                .endpoint("PUT", "/redesign-proposals/{id}", "SUBMIT_SPEND",
                        in.to("/redesign-proposals/{proposal}").body(proposal()),
                        out.to("/redesign-proposals/{proposal}").body(proposal()))
                .endpoint("POST", "/redesign-proposals/{id}/withdraw", "SUBMIT_SPEND",
                        in.to("/redesign-proposals/{proposal}/withdraw").body("{\"reason\":\"access matrix\"}"),
                        out.to("/redesign-proposals/{proposal}/withdraw").body("{\"reason\":\"access matrix\"}"))
                .endpoint("POST", "/pilots/{pilotId}/journeys", "SUBMIT_SPEND",
                        in.to("/pilots/{pilot}/journeys").body("{}"), out.to("/pilots/{pilot}/journeys").body("{}"))
                .endpoint("GET", "/pilots/{pilotId}/journeys", "READ_PILOT",
                        in.to("/pilots/{pilot}/journeys"), out.to("/pilots/{pilot}/journeys"))
                .endpoint("GET", "/journeys/{id}", "READ_PILOT", in.to("/journeys/{journey}"),
                        out.to("/journeys/{journey}"))
                .endpoint("PUT", "/journeys/{id}", "SUBMIT_SPEND",
                        in.to("/journeys/{journey}").header("If-Match", "\"0\"").body(journey()),
                        out.to("/journeys/{journey}").header("If-Match", "\"0\"").body(journey()))
                .endpoint("GET", "/journeys/{id}/comparison", "READ_PILOT", in.to("/journeys/{journey}/comparison"),
                        out.to("/journeys/{journey}/comparison"))
                .endpoint("GET", "/aggregate", "READ_PILOT", Req.to(aggregateByPilot(ruleVersion)))
                .endpoint("GET", "/audit-entries", "ADMINISTER", Req.to("/audit-entries?recordType=submission"))
                .list("/submissions?size=200&financialYear=" + YEAR, "READ_PILOT",
                        List.of(in.submission(), in.importing()), List.of(out.submission(), out.importing()))
                .list("/spend-lines?size=200&financialYear=" + YEAR, "READ_PILOT",
                        List.of(in.spendLine()), List.of(out.spendLine()))
                .list(aggregateByPilot(ruleVersion), "READ_PILOT",
                        List.of(in.pilot().toString(), in.code()), List.of(out.pilot().toString(), out.code()))
                .verify();
    }

    private static AccessMatrix matrix(Fixture in, Fixture out) {
        return AccessMatrix.forService().inScope(in.code(), IN_REGION).outOfScope(out.code(), OUT_REGION);
    }

    private static final String WITHDRAW_ADJUSTMENT = "{\"reason\":\"access matrix\",\"author\":\"A. Moderator\"}";

    private Fixture fixture(String region, int ruleVersion) {
        UUID pilot = pilots.known("Access " + region, region, List.of());
        String submission = Submissions.open(pilot, "Council", YEAR);
        String importing = Submissions.open(pilot, "Primary Care Trust", YEAR);
        String ledgerImport = Submissions.csvUpload(ledger().getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", importing)
                .then().statusCode(201).extract().path("id");
        String spendLine = given().contentType(ContentType.JSON).body(spendLine(pilot))
                .when().post("/spend-lines").then().statusCode(201).extract().path("id");
        String adjustment = given().contentType(ContentType.JSON).body("""
                        {"financialYear":"2009-10","body":"Council","functionL2":"10.2","spendType":"revenue",
                         "amount":{"amount":"-1.00","currency":"GBP"},"reason":"access matrix","author":"A. Moderator"}""")
                .when().post("/pilots/{id}/adjustments", pilot).then().statusCode(201).extract().path("id");
        String proposal = RedesignRequests.proposed(pilot, proposal());
        count.figure(ruleVersion, pilot, YEAR, "top-down", "Council", "10", "10.2", "revenue", null, "100.00", 1);
        rows.member(pilot, JourneyRequests.NHS, "PRIMARY_CARE_TRUST", null, "2008-04-01", null);
        String journey = JourneyRequests.recorded(pilot, journey());
        return new Fixture(pilot, KnownPilots.codeOf(pilot), submission, importing, ledgerImport, spendLine, adjustment,
                proposal, journey);
    }

    /** A small ledger whose content no other request sends (the mapping of {@link Submissions#csvUpload}). */
    private static String ledger() {
        return "Service,Ref,Period,Supplier,Amount,Date\nLibraries," + UUID.randomUUID()
                + ",203104,BOOKS LTD,12.50,2031-04-02\n";
    }

    private static String openSubmission(UUID pilot) {
        return "{\"pilotId\":\"%s\",\"body\":\"Police\",\"financialYear\":\"%s\"}".formatted(pilot, YEAR);
    }

    private static String spendLine(UUID pilot) {
        return """
                {"pilotId":"%s","body":"Council","financialYear":"%s","amount":{"amount":"1.00","currency":"GBP"},
                 "priceBasis":{"kind":"nominal","baseYear":null},"method":"bottom-up","description":null}"""
                .formatted(pilot, YEAR);
    }

    private static String proposal() {
        return RedesignRequests.oneFlow("Access matrix", "Council", "2011-12", "10.00");
    }

    private static String journey() {
        return JourneyRequests.journey("Access matrix", null, null, List.of(JourneyRequests.TODAY.get(0)));
    }

    private static Req moveTo(Fixture fixture, String state) {
        return fixture.to("/submissions/{submission}/state").header("If-Match", "\"0\"")
                .body("{\"state\":\"" + state + "\"}");
    }

    private static String aggregateByPilot(int ruleVersion) {
        return "/aggregate?drilldown=pilot&cut=ruleVersion:" + ruleVersion;
    }
}
