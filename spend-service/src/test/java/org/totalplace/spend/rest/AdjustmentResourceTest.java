package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.CountInputsRecorder;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.StoredRows;

/** Moderators' adjustments over HTTP: recorded as separate lines, listed, withdrawn with a reason, never edited. */
@QuarkusTest
class AdjustmentResourceTest {

    @Inject
    KnownPilots pilots;

    @Inject
    StoredRows stored;

    @Inject
    CountInputsRecorder countInputs;

    private static String body(String functionL2, String spendType, String amount, String currency, String reason,
                               String author) {
        return """
                {"financialYear":"2009-10","body":"Gateshead Council","functionL2":%s,"spendType":%s,
                 "amount":{"amount":%s,"currency":"%s"},"reason":%s,"author":%s}"""
                .formatted(q(functionL2), q(spendType), q(amount), currency, q(reason), q(author));
    }

    private static String q(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static ValidatableResponse post(UUID pilot, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/pilots/{id}/adjustments", pilot).then();
    }

    private UUID pilot() {
        return pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
    }

    @Test
    void shouldRecordAnAdjustmentAsASeparateLineAndFireCountInputsChangedInTheTransaction() {
        UUID pilot = pilot();

        String id = post(pilot, body("10.2", "revenue", "-125000.00", "GBP", "Fees counted in Sunderland's return",
                "J. Moderator"))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString("/pilots/" + pilot + "/adjustments/"))
                .body("functionL1", equalTo("10"))
                .body("functionL2", equalTo("10.2"))
                .body("spendType", equalTo("revenue"))
                .body("amount.amount", equalTo("-125000.00"))
                .body("author", equalTo("J. Moderator"))
                .body("withdrawn", equalTo(false))
                .extract().path("id");

        assertThat(countInputs.about(pilot)).singleElement().satisfies(fired -> {
            assertThat(fired.inTransaction()).isTrue();
            assertThat(fired.event().year().toString()).isEqualTo("2009-10");
            assertThat(fired.event().why()).contains(id).contains("recorded");
        });
        assertThat(stored.outboxRowsAbout(pilot, "totalplace.spend.adjustment-recorded.v1")).isOne();
        assertThat(stored.outboxRowsAbout(pilot, "totalplace.spend.pilot-totals-changed.v1"))
                .as("the pilot's count moved").isOne();
        given().when().get("/pilots/{p}/adjustments/{id}", pilot, id).then().statusCode(200)
                .header("ETag", "\"0\"").body("reason", equalTo("Fees counted in Sunderland's return"));
    }

    @Test
    void shouldWithdrawWithAReasonKeepingTheLineAndRefuseASecondWithdrawal() {
        UUID pilot = pilot();
        String id = post(pilot, body("7.A", "capital", "5000.00", "GBP", "Missing PCT capital", "J. Moderator"))
                .statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\":\"Found in the PCT's own return\",\"author\":\"A. Lead\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("withdrawn", equalTo(true))
                .body("withdrawnReason", equalTo("Found in the PCT's own return"))
                .body("withdrawnBy", equalTo("A. Lead"))
                .body("reason", equalTo("Missing PCT capital"))
                .body("amount.amount", equalTo("5000.00"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"reason\":\"again\",\"author\":\"A. Lead\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:conflict"));

        assertThat(countInputs.about(pilot)).extracting(f -> f.event().why())
                .containsExactly("adjustment " + id + " recorded", "adjustment " + id + " withdrawn");
        assertThat(stored.outboxRowsAbout(pilot, "totalplace.spend.adjustment-recorded.v1")
                + stored.outboxRowsAbout(pilot, "totalplace.spend.adjustment-withdrawn.v1")).isEqualTo(2);
        given().queryParam("withdrawn", "true").when().get("/pilots/{p}/adjustments", pilot)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldNeedIfMatchToWithdrawAndRefuseAStaleOne() {
        UUID pilot = pilot();
        String id = post(pilot, body("10.2", "revenue", "1.00", "GBP", "r", "a")).statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body("{\"reason\":\"x\",\"author\":\"y\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"reason\":\"x\",\"author\":\"y\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\":\" \",\"author\":\"y\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void shouldListAPilotsAdjustmentsWithFilters() {
        UUID pilot = pilot();
        post(pilot, body("10.2", "revenue", "100.00", "GBP", "a", "m")).statusCode(201);
        post(pilot, body("10.1", "capital", "-20.00", "GBP", "b", "m")).statusCode(201);
        post(pilot, body("9.1", "revenue", "3.00", "GBP", "c", "m")).statusCode(201);
        post(pilot(), body("10.2", "revenue", "7.00", "GBP", "another pilot", "m")).statusCode(201);

        given().when().get("/pilots/{p}/adjustments", pilot).then().statusCode(200)
                .body("total", equalTo(3)).body("items.reason", equalTo(List.of("a", "b", "c")));
        given().queryParam("functionL1", "10").when().get("/pilots/{p}/adjustments", pilot).then().statusCode(200)
                .body("items.reason", equalTo(List.of("a", "b")));
        given().queryParam("spendType", "capital").queryParam("functionL2", "10.1")
                .when().get("/pilots/{p}/adjustments", pilot).then().statusCode(200)
                .body("items.reason", equalTo(List.of("b")));
        given().queryParam("financialYear", "2010-11").queryParam("body", "GATESHEAD COUNCIL")
                .when().get("/pilots/{p}/adjustments", pilot).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("body", "gateshead council").queryParam("withdrawn", "false")
                .when().get("/pilots/{p}/adjustments", pilot).then().statusCode(200).body("total", equalTo(3));
        given().queryParam("spendType", "both").when().get("/pilots/{p}/adjustments", pilot)
                .then().statusCode(400).body("errors.field", hasItem("spendType"));
    }

    @Test
    void shouldRefuseAnAdjustmentWithoutReasonOrAuthorNamingTheField() {
        UUID pilot = pilot();

        post(pilot, body("10.2", "revenue", "1.00", "GBP", null, "J. Moderator"))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", hasItem("reason"));
        post(pilot, body("10.2", "revenue", "1.00", "GBP", "why", "  "))
                .statusCode(400).body("errors.field", hasItem("author"));
        assertThat(stored.outboxRowsAbout(pilot)).isZero();
        assertThat(countInputs.about(pilot)).isEmpty();
    }

    @Test
    void shouldRefuseAFunctionTheCraDoesNotUseAndAnUnknownSpendType() {
        UUID pilot = pilot();

        post(pilot, body("1.4", "revenue", "1.00", "GBP", "r", "a"))
                .statusCode(400).body("errors.field", hasItem("functionL2"));
        post(pilot, body("10", "revenue", "1.00", "GBP", "r", "a"))
                .statusCode(400).body("errors.field", hasItem("functionL2"));
        post(pilot, body("10.2", "both", "1.00", "GBP", "r", "a"))
                .statusCode(400).body("errors.field", hasItem("spendType"));
        post(pilot, body("10.2", "revenue", "1.001", "GBP", "r", "a"))
                .statusCode(400).body("errors.field", hasItem("amount.amount"));
    }

    @Test
    void shouldRefuseAnotherCurrencyOrZeroAsARuleViolationNamingTheField() {
        UUID pilot = pilot();

        post(pilot, body("10.2", "revenue", "10.00", "EUR", "r", "a"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:rule-violation"))
                .body("errors.field", hasItem("amount.currency"));
        post(pilot, body("10.2", "revenue", "0.00", "GBP", "r", "a"))
                .statusCode(422).body("errors.field", hasItem("amount.amount"));
        assertThat(stored.outboxRowsAbout(pilot)).isZero();
    }

    @Test
    void shouldAnswerNotFoundForAPilotNotKnownHere() {
        post(UUID.randomUUID(), body("10.2", "revenue", "10.00", "GBP", "r", "a"))
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/pilots/{p}/adjustments/{id}", pilot(), UUID.randomUUID()).then().statusCode(404);
    }
}
