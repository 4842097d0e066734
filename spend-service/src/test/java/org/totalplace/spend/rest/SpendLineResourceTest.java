package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.spend.support.StoredRows;

@QuarkusTest
class SpendLineResourceTest {

    @Inject
    StoredRows stored;

    /** A valid request body for {@code pilotId}, with {@code amount} as the JSON text of the money amount. */
    static String line(UUID pilotId, String amountJson) {
        return line(pilotId, amountJson, "\"GBP\"", "\"2009-10\"", "{\"kind\":\"nominal\",\"baseYear\":null}",
                "\"bottom-up\"");
    }

    static String line(UUID pilotId, String amountJson, String currencyJson, String yearJson, String basisJson,
            String methodJson) {
        return """
                {"pilotId":"%s","body":"Lewisham Council","financialYear":%s,
                 "amount":{"amount":%s,"currency":%s},"priceBasis":%s,"method":%s,
                 "description":"General fund revenue outturn"}""".formatted(pilotId, yearJson, amountJson,
                currencyJson, basisJson, methodJson);
    }

    private static ExtractableResponse<Response> post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/spend-lines").then().extract();
    }

    @Test
    void shouldStoreAndReadBackTenPenceAndTwentyPenceExactly() {
        UUID pilot = UUID.randomUUID();

        ExtractableResponse<Response> ten = post(line(pilot, "\"0.10\""));
        ExtractableResponse<Response> twenty = post(line(pilot, "\"0.20\""));

        assertThat(ten.statusCode()).isEqualTo(201);
        assertThat(twenty.statusCode()).isEqualTo(201);
        UUID tenId = UUID.fromString(ten.path("id"));
        UUID twentyId = UUID.fromString(twenty.path("id"));
        assertThat(ten.header("Location")).endsWith("/spend-lines/" + tenId);
        assertThat(ten.header("ETag")).isEqualTo("\"0\"");
        assertThat(ten.<String>path("amount.amount")).isEqualTo("0.10");

        given().when().get(ten.header("Location")).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(tenId.toString()))
                .body("pilotId", equalTo(pilot.toString()))
                .body("body", equalTo("Lewisham Council"))
                .body("financialYear", equalTo("2009-10"))
                .body("amount.amount", equalTo("0.10"))
                .body("amount.currency", equalTo("GBP"))
                .body("priceBasis.kind", equalTo("nominal"))
                .body("priceBasis.baseYear", nullValue())
                .body("method", equalTo("bottom-up"))
                .body("description", equalTo("General fund revenue outturn"))
                .body("version", equalTo(0));
        given().when().get("/spend-lines/" + twentyId).then()
                .statusCode(200)
                .body("amount.amount", equalTo("0.20"));

        assertThat(stored.amountText(tenId)).isEqualTo("0.10");
        assertThat(stored.amountText(twentyId)).isEqualTo("0.20");
        assertThat(stored.totalText(pilot)).isEqualTo("0.30");
    }

    @Test
    void shouldKeepTheLargestAmountNumeric19Scale2CanHoldToThePenny() {
        UUID pilot = UUID.randomUUID();

        ExtractableResponse<Response> created = post(line(pilot, "\"-99999999999999999.99\""));

        assertThat(created.statusCode()).isEqualTo(201);
        UUID id = UUID.fromString(created.path("id"));
        given().when().get("/spend-lines/" + id).then().statusCode(200)
                .body("amount.amount", equalTo("-99999999999999999.99"));
        assertThat(stored.amountText(id)).isEqualTo("-99999999999999999.99");
    }

    @Test
    void shouldWidenWholePoundsToTwoDecimalPlaces() {
        ExtractableResponse<Response> created = post(line(UUID.randomUUID(), "\"2200000000\""));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.<String>path("amount.amount")).isEqualTo("2200000000.00");
    }

    @Test
    void shouldRecordARealPriceBasisWithItsBaseYearAndATopDownCount() {
        UUID pilot = UUID.randomUUID();

        ExtractableResponse<Response> created = post(line(pilot, "\"1250000.10\"", "\"GBP\"", "\"2008-09\"",
                "{\"kind\":\"real\",\"baseYear\":\"2009-10\"}", "\"top-down\""));

        assertThat(created.statusCode()).isEqualTo(201);
        given().when().get("/spend-lines/" + created.path("id")).then().statusCode(200)
                .body("financialYear", equalTo("2008-09"))
                .body("priceBasis.kind", equalTo("real"))
                .body("priceBasis.baseYear", equalTo("2009-10"))
                .body("method", equalTo("top-down"));
    }

    @Test
    void shouldAcceptALineWithoutDescription() {
        String body = """
                {"pilotId":"%s","body":"Metropolitan Police","financialYear":"2009-10",
                 "amount":{"amount":"5.00","currency":"GBP"},"priceBasis":{"kind":"nominal"},
                 "method":"top-down"}""".formatted(UUID.randomUUID());

        ExtractableResponse<Response> created = post(body);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.<String>path("description")).isNull();
    }

    static Stream<Arguments> badRequests() {
        String nominal = "{\"kind\":\"nominal\",\"baseYear\":null}";
        String gbp = "\"GBP\"";
        String fy = "\"2009-10\"";
        String bottomUp = "\"bottom-up\"";
        return Stream.of(
                bad("three decimal places", "\"0.105\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("trailing zero third place", "\"1.230\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("exponent", "\"1e3\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("NaN", "\"NaN\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("Infinity", "\"Infinity\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("not a number", "\"twelve\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("thousands separator", "\"1,000.00\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("empty amount", "\"\"", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("null amount", "null", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("beyond numeric(19,2)", "\"100000000000000000.00\"", gbp, fy, nominal, bottomUp, "validation",
                        "amount.amount"),
                bad("amount as a JSON number", "0.1", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("amount as a JSON integer", "5", gbp, fy, nominal, bottomUp, "validation", "amount.amount"),
                bad("amount as an object", "{\"pounds\":1}", gbp, fy, nominal, bottomUp, "validation",
                        "amount.amount"),
                bad("lower-case currency", "\"1.00\"", "\"gbp\"", fy, nominal, bottomUp, "validation",
                        "amount.currency"),
                bad("unknown currency", "\"1.00\"", "\"ZZZ\"", fy, nominal, bottomUp, "validation", "amount.currency"),
                bad("missing currency", "\"1.00\"", "null", fy, nominal, bottomUp, "validation", "amount.currency"),
                bad("year not consecutive", "\"1.00\"", gbp, "\"2009-11\"", nominal, bottomUp, "validation",
                        "financialYear"),
                bad("year with a slash", "\"1.00\"", gbp, "\"2009/10\"", nominal, bottomUp, "validation",
                        "financialYear"),
                bad("year in full", "\"1.00\"", gbp, "\"2009-2010\"", nominal, bottomUp, "validation",
                        "financialYear"),
                bad("missing year", "\"1.00\"", gbp, "null", nominal, bottomUp, "validation", "financialYear"),
                bad("real without base year", "\"1.00\"", gbp, fy, "{\"kind\":\"real\",\"baseYear\":null}", bottomUp,
                        "validation", "priceBasis.baseYear"),
                bad("real with a bad base year", "\"1.00\"", gbp, fy, "{\"kind\":\"real\",\"baseYear\":\"2008-10\"}",
                        bottomUp, "validation", "priceBasis.baseYear"),
                bad("nominal with a base year", "\"1.00\"", gbp, fy,
                        "{\"kind\":\"nominal\",\"baseYear\":\"2008-09\"}", bottomUp, "validation",
                        "priceBasis.baseYear"),
                bad("unknown price basis", "\"1.00\"", gbp, fy, "{\"kind\":\"constant\",\"baseYear\":null}", bottomUp,
                        "validation", "priceBasis.kind"),
                bad("missing price basis", "\"1.00\"", gbp, fy, "null", bottomUp, "validation", "priceBasis"),
                bad("unknown method", "\"1.00\"", gbp, fy, nominal, "\"sideways\"", "validation", "method"),
                bad("upper-case method", "\"1.00\"", gbp, fy, nominal, "\"BOTTOM_UP\"", "validation", "method"),
                bad("missing method", "\"1.00\"", gbp, fy, nominal, "null", "validation", "method"),
                bad("unknown field in money", "\"1.00\", \"pence\": 5", gbp, fy, nominal, bottomUp, "unknown-field",
                        "amount.pence"));
    }

    private static Arguments bad(String name, String amount, String currency, String year, String basis,
            String method, String kind, String field) {
        return Arguments.of(name, amount, currency, year, basis, method, kind, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void shouldRejectBadMoneyYearBasisOrMethodNamingTheFieldAndStoreNothing(String name, String amount,
            String currency, String year, String basis, String method, String kind, String field) {
        UUID pilot = UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .body(line(pilot, amount, currency, year, basis, method))
                .when().post("/spend-lines")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:" + kind))
                .body("status", equalTo(400))
                .body("instance", equalTo("/spend-lines"))
                .body("errors.field", hasItem(field));

        assertThat(stored.spendLinesOf(pilot)).isZero();
        assertThat(stored.outboxRowsAbout(pilot)).isZero();
    }

    @Test
    void shouldNameEveryBadFieldOfOneRequestAtOnce() {
        String body = """
                {"pilotId":"%s","body":"  ","financialYear":"2009-11",
                 "amount":{"amount":"0.001","currency":"gbp"},"priceBasis":{"kind":"real","baseYear":null},
                 "method":"sideways","description":""}""".formatted(UUID.randomUUID());

        List<Map<String, String>> errors = given().contentType(ContentType.JSON).body(body)
                .when().post("/spend-lines")
                .then().statusCode(400)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .extract().path("errors");

        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("body",
                "financialYear", "amount.amount", "amount.currency", "priceBasis.baseYear", "method", "description");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
    }

    @Test
    void shouldExplainTheDecimalPlacesRuleRatherThanRound() {
        UUID pilot = UUID.randomUUID();

        given().contentType(ContentType.JSON).body(line(pilot, "\"0.105\""))
                .when().post("/spend-lines")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("amount.amount"))
                .body("errors[0].message", equalTo("must have at most 2 decimal places"));

        assertThat(stored.spendLinesOf(pilot)).isZero();
    }

    @Test
    void shouldRejectAnUnknownTopLevelField() {
        UUID pilot = UUID.randomUUID();
        String body = line(pilot, "\"1.00\"").replaceFirst("\\{", "{\"vatIncluded\":true,");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/spend-lines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:unknown-field"))
                .body("errors[0].field", equalTo("vatIncluded"));

        assertThat(stored.spendLinesOf(pilot)).isZero();
    }

    @Test
    void shouldRejectJsonThatDoesNotParse() {
        given().contentType(ContentType.JSON).body("{\"pilotId\": \"" + UUID.randomUUID() + "\", \"amount\": {")
                .when().post("/spend-lines")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:malformed-json"))
                .body("errors[0].line", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"body\": Lewisham}")
                .when().post("/spend-lines")
                .then().log().ifValidationFails().statusCode(400)
                .body("type", equalTo("urn:totalplace:problem:malformed-json"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRejectAnEmptyBody() {
        given().contentType(ContentType.JSON)
                .when().post("/spend-lines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void shouldRejectABodyThatIsNotAJsonObject() {
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/spend-lines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors[0].field", equalTo(""));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheETagStillMatches() {
        ExtractableResponse<Response> created = post(line(UUID.randomUUID(), "\"3.00\""));

        given().header("If-None-Match", created.header("ETag"))
                .when().get(created.header("Location")).then()
                .statusCode(304);
    }

    @Test
    void shouldRejectAPilotIdThatIsNotAUuid() {
        String body = line(UUID.randomUUID(), "\"1.00\"").replaceFirst("\"pilotId\":\"[^\"]+\"",
                "\"pilotId\":\"lewisham\"");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/spend-lines")
                .then().statusCode(400)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors[0].field", equalTo("pilotId"))
                .body("errors[0].message", equalTo("must be a UUID (got lewisham)"));
    }

    @Test
    void shouldRejectABodyThatIsNotJson() {
        given().contentType(ContentType.TEXT).body("pilot=lewisham")
                .when().post("/spend-lines")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:unsupported-media-type"));
    }

    @Test
    void shouldRefuseABodyLargerThanTheLimitBeforeReadingIt() {
        String huge = line(UUID.randomUUID(), "\"1.00\"").replace("General fund revenue outturn",
                "x".repeat(262_145));

        given().contentType(ContentType.JSON).body(huge)
                .when().post("/spend-lines")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:payload-too-large"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownOrMalformedId() {
        given().when().get("/spend-lines/" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:not-found"));
        given().when().get("/spend-lines/lewisham").then()
                .statusCode(404)
                .body("type", equalTo("urn:totalplace:problem:not-found"));
    }

    @Test
    void shouldRefuseAMethodTheCollectionDoesNotSupport() {
        given().when().delete("/spend-lines").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:method-not-allowed"));
    }

    @Test
    void shouldRefuseAClientThatDoesNotAcceptJson() {
        given().accept("application/xml").when().get("/spend-lines").then()
                .statusCode(406)
                .body("type", equalTo("urn:totalplace:problem:not-acceptable"));
    }

    @Test
    void shouldListOnePilotsLinesSortedAndPagedWithLinks() {
        UUID pilot = UUID.randomUUID();
        for (String amount : List.of("\"300.00\"", "\"100.00\"", "\"200.00\"")) {
            assertThat(post(line(pilot, amount)).statusCode()).isEqualTo(201);
        }
        assertThat(post(line(UUID.randomUUID(), "\"150.00\"")).statusCode()).isEqualTo(201);

        ExtractableResponse<Response> first = given()
                .queryParam("pilotId", pilot).queryParam("sort", "-amount").queryParam("size", 2)
                .when().get("/spend-lines").then().statusCode(200).extract();

        assertThat(first.<List<String>>path("items.amount.amount")).containsExactly("300.00", "200.00");
        assertThat(first.<Integer>path("page")).isZero();
        assertThat(first.<Integer>path("size")).isEqualTo(2);
        assertThat(first.<Integer>path("total")).isEqualTo(3);
        assertThat(first.header("Link")).contains("rel=\"next\"").doesNotContain("rel=\"prev\"")
                .contains("page=1").contains("pilotId=" + pilot);

        ExtractableResponse<Response> second = given()
                .queryParam("pilotId", pilot).queryParam("sort", "-amount").queryParam("size", 2)
                .queryParam("page", 1)
                .when().get("/spend-lines").then().statusCode(200).extract();

        assertThat(second.<List<String>>path("items.amount.amount")).containsExactly("100.00");
        assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void shouldFilterByFinancialYear() {
        UUID pilot = UUID.randomUUID();
        String nominal = "{\"kind\":\"nominal\",\"baseYear\":null}";
        post(line(pilot, "\"1.00\"", "\"GBP\"", "\"2008-09\"", nominal, "\"bottom-up\""));
        post(line(pilot, "\"2.00\"", "\"GBP\"", "\"2009-10\"", nominal, "\"bottom-up\""));

        given().queryParam("pilotId", pilot).queryParam("financialYear", "2008-09")
                .when().get("/spend-lines").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].financialYear", equalTo("2008-09"))
                .body("items[0].amount.amount", equalTo("1.00"));
    }

    static Stream<Arguments> badListParameters() {
        return Stream.of(
                Arguments.of("sort", "colour", "sort"),
                Arguments.of("sort", "-pilotId", "sort"),
                Arguments.of("size", "0", "size"),
                Arguments.of("size", "201", "size"),
                Arguments.of("size", "ten", "size"),
                Arguments.of("page", "-1", "page"),
                Arguments.of("pilotId", "lewisham", "pilotId"),
                Arguments.of("financialYear", "2009-11", "financialYear"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badListParameters")
    void shouldRejectABadListParameterNamingIt(String parameter, String value, String field) {
        given().queryParam(parameter, value)
                .when().get("/spend-lines").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void shouldStampTheCreationTimeAndVersion() {
        given().contentType(ContentType.JSON).body(line(UUID.randomUUID(), "\"9.99\""))
                .when().post("/spend-lines")
                .then().statusCode(201)
                .body("version", equalTo(0))
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"));
    }
}
