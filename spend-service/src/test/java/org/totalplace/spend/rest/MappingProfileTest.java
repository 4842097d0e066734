package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.spend.support.Submissions;

/** Mapping profiles: guessed from each of Gateshead's six header layouts with a preview, saved, used by imports. */
@QuarkusTest
class MappingProfileTest {

    private static final Path GATESHEAD = ProjectLayout.sharedDir().resolve("data/spend/gateshead");

    private static String firstLines(String month, int count) throws IOException {
        try (var lines = Files.lines(GATESHEAD.resolve(month + ".csv"), StandardCharsets.US_ASCII)) {
            return String.join("\n", lines.limit(count).toList()) + "\n";
        }
    }

    /** One file of each of the six header variants the README lists. */
    @ParameterizedTest(name = "{0}.csv")
    @ValueSource(strings = {"2010-12", "2011-02", "2011-04", "2011-06", "2011-07", "2012-03"})
    void shouldGuessEveryGatesheadHeaderVariantAndPreviewTheFirstRows(String month) throws IOException {
        String start = firstLines(month, 6);
        List<String> header = List.of(start.substring(0, start.indexOf('\n')).split(","));

        JsonPath guess = given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(start)
                .when().post("/mapping-profiles/guess")
                .then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();

        assertThat(guess.getString("mapping.amount")).isEqualTo("Amount");
        assertThat(guess.getString("mapping.date")).isEqualTo("Updated");
        assertThat(guess.getString("mapping.dateFormat")).isEqualTo("yyyy-MM-dd");
        assertThat(guess.getString("mapping.period")).isEqualTo("Period");
        assertThat(guess.getString("mapping.supplier")).isEqualTo(header.get(6));
        assertThat(guess.getList("mapping.serviceLevels", String.class)).containsExactlyElementsOf(header.subList(0, 3));
        assertThat(guess.getList("mapping.transactionRef", String.class)).containsExactly(header.get(3), header.get(4));
        assertThat(guess.getList("unmapped", String.class)).isEmpty();

        assertThat(guess.getList("preview.line", Integer.class)).containsExactly(2, 3, 4, 5, 6);
        assertThat(guess.getList("preview.outcome", String.class)).containsOnly("accepted");
        String[] second = start.split("\n")[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        assertThat(new java.math.BigDecimal(guess.getString("preview[0].amount.amount")))
                .isEqualByComparingTo(second[7]);
        assertThat(guess.getString("preview[0].date")).isEqualTo(second[8]);
        assertThat(guess.getString("preview[0].transactionRef")).isEqualTo(second[3] + "/" + second[4]);
    }

    @Test
    void shouldGuessUkDatesAndLeaveTheAmountOpenWhenNoColumnLooksLikeOne() {
        JsonPath guess = given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                .body("Payee,Net Amount,Payment Date,Notes\nACME,\"1,000.00\",05/09/2011,x\n")
                .when().post("/mapping-profiles/guess")
                .then().statusCode(200).extract().jsonPath();
        assertThat(guess.getString("mapping.amount")).isEqualTo("Net Amount");
        assertThat(guess.getString("mapping.supplier")).isEqualTo("Payee");
        assertThat(guess.getString("mapping.dateFormat")).isEqualTo("dd/MM/yyyy");
        assertThat(guess.getString("preview[0].date")).isEqualTo("2011-09-05");
        assertThat(guess.getList("unmapped", String.class)).containsExactly("Notes");

        JsonPath none = given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                .body("Who,How much\nACME,10\n")
                .when().post("/mapping-profiles/guess")
                .then().statusCode(200).extract().jsonPath();
        assertThat(none.getString("mapping.amount")).isNull();
        assertThat(none.getList("preview")).isEmpty();
    }

    @Test
    void shouldSaveAProfileAndImportWithIt() {
        String name = "Small ledgers " + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body("""
                        {"name":"%s","mapping":{"amount":"Amount","date":"Date","dateFormat":null,"period":"Period",
                         "supplier":"Supplier","serviceLevels":["Service"],"transactionRef":["Ref"]}}""".formatted(name))
                .when().post("/mapping-profiles")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("mapping.dateFormat", equalTo("yyyy-MM-dd"))
                .extract().path("id");
        given().when().get("/mapping-profiles/{id}", id).then().statusCode(200).body("mapping.supplier", equalTo("Supplier"));
        given().when().get("/mapping-profiles").then().statusCode(200).body("id", hasItem(id));

        String csv = "Service,Ref,Period,Supplier,Amount,Date\nLibraries," + UUID.randomUUID()
                + ",201101,BOOKS LTD,\"2,500.00\",2011-04-02\n";
        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv).queryParam("profile", id)
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(201)
                .body("rows.accepted", equalTo(1))
                .body("acceptedTotal.amount", equalTo("2500.00"));

        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv).queryParam("profile", id)
                .queryParam("amount", "Amount")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400).body("errors[0].field", equalTo("profile"));
        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv)
                .queryParam("profile", UUID.randomUUID())
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400).body("errors[0].field", equalTo("profile"));

        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv.replace("BOOKS", "MAPS"))
                .queryParam("mapping", "{\"amount\":\"Amount\",\"supplier\":\"Supplier\"}")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(201)
                .body("acceptedTotal.amount", equalTo("2500.00"));
        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv)
                .queryParam("mapping", "{\"amount\":\"Amount\",\"colour\":\"red\"}")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400).body("errors[0].field", equalTo("mapping"));
        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(csv)
                .queryParam("mapping", "{\"amount\":\"Amount\"}").queryParam("profile", id)
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400).body("errors[0].field", equalTo("profile"));

        given().contentType(ContentType.JSON).body("{\"name\":\"" + name.toUpperCase() + "\",\"mapping\":{\"amount\":\"A\"}}")
                .when().post("/mapping-profiles")
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseAProfileWithoutAnAmountColumnOrWithTooManyLevels() {
        given().contentType(ContentType.JSON).body("{\"name\":\"no amount\",\"mapping\":{\"supplier\":\"Payee\"}}")
                .when().post("/mapping-profiles")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("mapping.amount"))
                .body("errors[0].message", containsString("amount"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"too deep\",\"mapping\":{\"amount\":\"A\",\"serviceLevels\":[\"a\",\"b\",\"c\",\"d\"]}}")
                .when().post("/mapping-profiles")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("mapping.serviceLevels"));
    }
}
