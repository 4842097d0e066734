package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.spend.support.RedesignRequests.EXAMPLE;
import static org.totalplace.spend.support.RedesignRequests.oneFlow;
import static org.totalplace.spend.support.RedesignRequests.propose;
import static org.totalplace.spend.support.RedesignRequests.proposed;
import static org.totalplace.spend.support.RedesignRequests.range;
import static org.totalplace.spend.support.RedesignRequests.revise;
import static org.totalplace.spend.support.RedesignRequests.withdraw;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;

/** Redesign proposals over HTTP: proposed for a known pilot, read with their implications, revised, withdrawn. */
@QuarkusTest
class RedesignProposalResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    KnownPilots pilots;

    private UUID pilot() {
        return pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
    }

    @Test
    void shouldProposeTheWorkedExampleAndAnswerWithItsImplications() {
        UUID pilot = pilot();

        String id = propose(pilot, EXAMPLE).statusCode(201)
                .extract().path("id");

        given().when().get("/redesign-proposals/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("pilotId", equalTo(pilot.toString()))
                .body("title", equalTo("Early help for families with complex needs"))
                .body("theme", equalTo("From repair to prevention"))
                .body("discountRate", equalTo("0.035"))
                .body("priceBasis.baseYear", equalTo("2009-10"))
                .body("flows[1].savings.central.amount", equalTo("10000.00"))
                .body("flows[1].investment.high.amount", equalTo("0.00"))
                .body("implications.discountRate", equalTo("0.035"))
                .body("implications.convention", containsString("1 + r)^t"))
                .body("implications.lastYear", equalTo("2012-13"))
                .body("implications.central.npv.amount", equalTo("22663.31"))
                .body("implications.central.payback.financialYear", equalTo("2012-13"))
                .body("implications.central.years.cumulativeNet.amount",
                        contains("-100000.00", "-60000.00", "30000.00"))
                .body("implications.central.years[1].discountFactor", equalTo("0.9661835749"))
                .body("implications.central.years.presentValue.amount",
                        contains("-100000.00", "38647.34", "84015.96"))
                .body("implications.central.bodies.body", contains("Gateshead Council", "NHS South of Tyne and Wear"))
                .body("implications.central.bodies.npv.amount", contains("-90664.89", "113328.20"))
                .body("implications.central.bodies.investsMoreThanItGetsBack", contains(true, false))
                .body("implications.central.bodiesOutOfPocket", contains("Gateshead Council"))
                .body("implications.low.npv.amount", equalTo("-30336.30"))
                .body("implications.low.payback.financialYear", nullValue())
                .body("implications.low.payback.reason", containsString("-25000.00"))
                .body("implications.high.npv.amount", equalTo("109141.17"))
                .body("implications.high.payback.financialYear", equalTo("2011-12"));
    }

    @Test
    void shouldGiveTheNewProposalsAddressAndVersion() {
        UUID pilot = pilot();

        var created = propose(pilot, EXAMPLE).statusCode(201).header("ETag", "\"0\"").extract();

        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/redesign-proposals/" + id);
        given().header("If-None-Match", "\"0\"").when().get("/redesign-proposals/{id}", id).then().statusCode(304);
    }

    @Test
    void shouldFindThePilotByItsCodeToo() {
        UUID pilot = pilot();
        String code = "pilot-" + pilot.toString().substring(0, 8);

        propose(code, EXAMPLE).statusCode(201).body("pilotId", equalTo(pilot.toString()));
    }

    @Test
    void shouldAnswer404ProblemForAPilotNobodyAnnounced() {
        propose(UUID.randomUUID(), EXAMPLE).statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:totalplace:problem:not-found"))
                .body("detail", containsString("pilots-service"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownProposal() {
        given().when().get("/redesign-proposals/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/redesign-proposals/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAFlowBeforeTheFirstYearNamingIt() {
        String early = EXAMPLE.replace("\"financialYear\":\"2011-12\"", "\"financialYear\":\"2009-10\"");

        propose(pilot(), early).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:totalplace:problem:rule-violation"))
                .body("errors.field", contains("flows[2].financialYear"))
                .body("errors[0].message", containsString("2010-11"));
    }

    @Test
    void shouldRefuseSavingsOutOfOrderAndNegativeInvestmentNamingEach() {
        String json = """
                {"title":"t","priceBasis":{"kind":"real","baseYear":"2009-10"},"firstYear":"2010-11","flows":[
                 {"body":"Gateshead Council","financialYear":"2010-11","investment":%s},
                 {"body":"Gateshead PCT","financialYear":"2011-12","savings":%s}]}"""
                .formatted(range("-1.00", "0.00", "1.00"), range("5.00", "4.00", "6.00"));

        propose(pilot(), json).statusCode(422)
                .body("errors.field", contains("flows[0].investment.low", "flows[1].savings"));
    }

    @Test
    void shouldRefuseAProposalWithoutFlowsAndANullFlow() {
        String none = "{\"title\":\"t\",\"priceBasis\":{\"kind\":\"real\",\"baseYear\":\"2009-10\"},"
                + "\"firstYear\":\"2010-11\",\"flows\":[]}";

        propose(pilot(), none).statusCode(422).body("errors.field", contains("flows"));
        propose(pilot(), none.replace("[]", "[null]")).statusCode(400).body("errors.field", contains("flows[0]"));
    }

    @Test
    void shouldRefuseTwoFlowsForOneBodyInOneYear() {
        String twice = EXAMPLE.replace("\"NHS South of Tyne and Wear\",\"financialYear\":\"2012-13\"",
                "\"NHS South of Tyne and Wear\",\"financialYear\":\"2011-12\"");

        propose(pilot(), twice).statusCode(422)
                .body("errors.field", contains("flows[3]"))
                .body("errors[0].message", containsString("flows[2]"));
    }

    @Test
    void shouldRefuseNominalFlows() {
        propose(pilot(), EXAMPLE.replace("{\"kind\":\"real\",\"baseYear\":\"2009-10\"}",
                "{\"kind\":\"nominal\",\"baseYear\":null}"))
                .statusCode(422).body("errors.field", contains("priceBasis.kind"));
    }

    @Test
    void shouldRefuseARateOutsideZeroToOneAs400NamingIt() {
        propose(pilot(), EXAMPLE.replace("\"0.035\"", "\"1.5\"")).statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", contains("discountRate"));
    }

    @Test
    void shouldTakeTheGreenBookRateWhenNoneIsGiven() {
        propose(pilot(), oneFlow("Default rate", "Gateshead Council", "2011-12", "1035.00")).statusCode(201)
                .body("discountRate", equalTo("0.035"))
                .body("implications.central.npv.amount", equalTo("1000.00"));
    }

    @Test
    void shouldRefuseBadShapesAs400NamingTheField() {
        propose(pilot(), EXAMPLE.replace("\"title\":\"Early help for families with complex needs\",", ""))
                .statusCode(400).body("errors.field", hasItem("title"));
        propose(pilot(), EXAMPLE.replace("\"financialYear\":\"2012-13\",\"savings\"", "\"financialYear\":\"2012\","
                + "\"savings\"")).statusCode(400).body("errors.field", hasItem("flows[1].financialYear"));
        propose(pilot(), EXAMPLE.replaceFirst("\"90000.00\"", "\"90000.001\""))
                .statusCode(400).body("errors.field", hasItem("flows[0].investment.low.amount"));
        propose(pilot(), EXAMPLE.replaceFirst("\"currency\":\"GBP\"", "\"currency\":\"EUR\""))
                .statusCode(400).body("errors.field", contains("flows[0].investment.low.currency"));
        propose(pilot(), EXAMPLE.replace("\"description\":null,", "\"colour\":\"red\","))
                .statusCode(400).body("type", equalTo("urn:totalplace:problem:unknown-field"));
    }

    @Test
    void shouldReviseWholeWithIfMatchAndMoveTheETag() {
        UUID pilot = pilot();
        String id = proposed(pilot, EXAMPLE);

        revise(id, "\"0\"", oneFlow("Smaller scheme", "Gateshead Council", "2010-11", "50.00")).statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Smaller scheme"))
                .body("theme", nullValue())
                .body("flows.size()", equalTo(1))
                .body("implications.central.npv.amount", equalTo("50.00"));
        given().when().get("/redesign-proposals/{id}", id).then().header("ETag", "\"1\"")
                .body("flows[0].savings.low.amount", equalTo("50.00"));
    }

    @Test
    void shouldRequireIfMatchToRevise() {
        String id = proposed(pilot(), EXAMPLE);

        revise(id, null, EXAMPLE).statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:totalplace:problem:precondition-required"));
    }

    @Test
    void shouldRefuseARevisionOfAStaleVersion() {
        String id = proposed(pilot(), EXAMPLE);
        revise(id, "\"0\"", EXAMPLE).statusCode(200);

        revise(id, "\"0\"", EXAMPLE).statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("urn:totalplace:problem:precondition-failed"));
    }

    @Test
    void shouldRefuseAnInvalidRevisionAndKeepTheProposal() {
        String id = proposed(pilot(), EXAMPLE);

        revise(id, "\"0\"", EXAMPLE.replace("\"2011-12\"", "\"2009-10\"")).statusCode(422)
                .body("errors.field", contains("flows[2].financialYear"));
        given().when().get("/redesign-proposals/{id}", id).then().header("ETag", "\"0\"")
                .body("flows.size()", equalTo(4));
    }

    @Test
    void shouldWithdrawAndThenRefuseRevisions() {
        String id = proposed(pilot(), EXAMPLE);

        withdraw(id, "\"0\"", "Superseded by the joint commissioning proposal").statusCode(200)
                .header("ETag", "\"1\"")
                .body("withdrawn", equalTo(true))
                .body("withdrawnReason", equalTo("Superseded by the joint commissioning proposal"));
        revise(id, "\"1\"", EXAMPLE).statusCode(409).contentType(PROBLEM);
        withdraw(id, "\"1\"", "again").statusCode(409);
        given().when().get("/redesign-proposals/{id}", id).then().statusCode(200).body("withdrawn", equalTo(true));
    }

    @Test
    void shouldListAPilotsProposalsNewestFirstAPageAtATime() {
        UUID pilot = pilot();
        String first = proposed(pilot, oneFlow("First", "Gateshead Council", "2010-11", "1.00"));
        String second = proposed(pilot, oneFlow("Second", "Gateshead Council", "2010-11", "2.00"));
        String third = proposed(pilot, oneFlow("Third", "Gateshead Council", "2010-11", "3.00"));
        proposed(pilot(), oneFlow("Another pilot's", "Sunderland City Council", "2010-11", "4.00"));

        given().queryParam("size", 2).when().get("/pilots/{pilot}/redesign-proposals", pilot).then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .body("items.id", contains(third, second))
                .body("items[0].implications.central.npv.amount", equalTo("3.00"))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("size", 2).queryParam("page", 1).when()
                .get("/pilots/{pilot}/redesign-proposals", pilot).then()
                .body("items.id", contains(first));
        given().queryParam("size", "lots").when().get("/pilots/{pilot}/redesign-proposals", pilot).then()
                .statusCode(400).body("errors.field", contains("size"));
        given().when().get("/pilots/{pilot}/redesign-proposals", UUID.randomUUID()).then().statusCode(404);
    }
}
