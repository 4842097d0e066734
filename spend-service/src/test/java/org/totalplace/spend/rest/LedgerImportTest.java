package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.StoredRows;
import org.totalplace.spend.support.Submissions;

/** Ledger files with the mess real ones have: encodings, separators, negatives, totals, blanks, duplicates. */
@QuarkusTest
class LedgerImportTest {

    private static final String HEADER = "Service,Ref,Period,Supplier,Amount,Date\n";

    @Inject
    StoredRows stored;

    /** A small ledger whose content no other test uploads. */
    private static String ledger(String... rows) {
        return HEADER + String.join("\n", rows) + "\nLibraries," + UUID.randomUUID() + ",201101,ONE-OFF LTD,1.00,2011-04-01\n";
    }

    private static JsonPath upload(String submission, String csv) {
        return Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldReadThousandsSeparatorsNegativesAndParenthesesToThePenny() {
        String submission = Submissions.open();
        JsonPath report = upload(submission, ledger(
                "Libraries,A1,201101,BOOKS LTD,\"1,234,567.89\",2011-04-02",
                "Libraries,A2,201101,BOOKS LTD,-12.50,2011-04-02",
                "Libraries,A3,201101,BOOKS LTD,(7.25),2011-04-02",
                "Libraries,A4,201101,BOOKS LTD,384,2011-04-02",
                "Libraries,A5,201101,BOOKS LTD,1156.5,2011-04-02"));

        assertThat(report.getInt("rows.read")).isEqualTo(6);
        assertThat(report.getInt("rows.accepted")).isEqualTo(6);
        // 1234567.89 - 12.50 - 7.25 + 384 + 1156.5 + 1.00
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("1236089.64");
        UUID importId = UUID.fromString(report.getString("id"));
        assertThat(stored.ledgerLineText(importId, 4)).isEqualTo("-7.25|201101|2011-04-02|BOOKS LTD|Libraries|||A3");
        assertThat(stored.ledgerTotalText(importId)).isEqualTo("1236089.64");
        assertThat(stored.categoryTotalsOf(importId)).isPositive();
        assertThat(stored.categoryTotalsDifferingFromLines(importId))
                .as("summed while streaming, missing levels included, as SQL groups the stored lines").isZero();
    }

    @Test
    void shouldSkipAndCountATotalRowAndABlankRow() {
        String submission = Submissions.open();
        JsonPath report = upload(submission, ledger(
                "Libraries,B1,201101,TOTAL PUMP SOLUTIONS LTD,100.00,2011-04-02",
                ",,,,,",
                ",,,,13582630.77,",
                "Grand Total,,,,999.99,"));

        assertThat(report.getInt("rows.read")).isEqualTo(5);
        assertThat(report.getInt("rows.accepted")).as("TOTAL in a supplier's name is a supplier").isEqualTo(2);
        assertThat(report.getInt("rows.skippedTotal")).isEqualTo(2);
        assertThat(report.getInt("rows.skippedBlank")).isEqualTo(1);
        assertThat(report.getInt("rows.rejected")).isZero();
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("101.00");
    }

    @Test
    void shouldAcceptExactDuplicatesButWarnWithBothLineNumbers() {
        String submission = Submissions.open();
        String line = "Libraries,C1,201101,BOOKS LTD,50.00,2011-04-02";
        JsonPath report = upload(submission, ledger(line, "Libraries,C2,201101,BOOKS LTD,50.00,2011-04-02", line, line));

        assertThat(report.getInt("rows.accepted")).isEqualTo(5);
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("201.00");
        assertThat(report.getInt("duplicateLines")).isEqualTo(2);
        assertThat(report.getList("duplicateWarnings.line", Integer.class)).containsExactly(4, 5);
        assertThat(report.getList("duplicateWarnings.firstLine", Integer.class)).containsExactly(2, 2);
    }

    @Test
    void shouldRejectBadRowsNamingTheirLineColumnAndReason() {
        String submission = Submissions.open();
        JsonPath report = upload(submission, ledger(
                "Libraries,D1,201101,BOOKS LTD,12.345,2011-04-02",
                "Libraries,D2,201101,BOOKS LTD,,2011-04-02",
                "Libraries,D3,201101,BOOKS LTD,twelve,2011-04-02",
                "Libraries,D4,201101,BOOKS LTD,\"1,23\",2011-04-02",
                "Libraries,D5,201101,BOOKS LTD,10.00,31/04/2011",
                "Libraries,D6,201101,BOOKS LTD",
                "Libraries,D7,201101,BOOKS LTD,10.00,2011-04-02"));

        assertThat(report.getInt("rows.read")).isEqualTo(8);
        assertThat(report.getInt("rows.accepted")).isEqualTo(2);
        assertThat(report.getInt("rows.rejected")).isEqualTo(6);
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("11.00");
        assertThat(report.getList("rejectedRows.line", Integer.class)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(report.getList("rejectedRows.column", String.class))
                .containsExactly("Amount", "Amount", "Amount", "Amount", "Date", "");
        assertThat(report.getString("rejectedRows[0].reason")).isEqualTo("amount has more than 2 decimal places");
        assertThat(report.getString("rejectedRows[1].reason")).isEqualTo("amount is blank");
        assertThat(report.getString("rejectedRows[5].reason")).isEqualTo("has 4 fields; the header has 6");

        given().when().get("/imports/{id}", report.getString("id")).then()
                .statusCode(200)
                .body("rows.rejected", equalTo(6))
                .body("rejectedRows", hasSize(6))
                .body("rejectedRows[4].column", equalTo("Date"));
    }

    @Test
    void shouldListTheFirstHundredRejectedRowsAndCountThemAll() {
        String[] rows = new String[150];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "Libraries,L" + i + ",201101,BOOKS LTD,n/a,2011-04-02";
        }
        JsonPath report = upload(Submissions.open(), ledger(rows));

        assertThat(report.getInt("rows.read")).isEqualTo(151);
        assertThat(report.getInt("rows.rejected")).isEqualTo(150);
        assertThat(report.getList("rejectedRows")).hasSize(100);
        assertThat(report.getInt("rejectedRows[99].line")).isEqualTo(101);
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("1.00");
    }

    @Test
    void shouldDetectWindows1252FromItsBytesAndKeepPoundAndEAcute() throws Exception {
        String submission = Submissions.open();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(HEADER.getBytes(StandardCharsets.US_ASCII));
        file.write("Libraries,E1,201101,CAF".getBytes(StandardCharsets.US_ASCII));
        file.write(0xE9); // é in Windows-1252
        file.write(" LTD,\"".getBytes(StandardCharsets.US_ASCII));
        file.write(0xA3); // £ in Windows-1252
        file.write(("1,000.00\",2011-04-02\nLibraries," + UUID.randomUUID() + ",201101,X,1.00,2011-04-02\n")
                .getBytes(StandardCharsets.US_ASCII));

        JsonPath report = Submissions.csvUpload(file.toByteArray())
                .when().post("/submissions/{id}/imports", submission)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();

        assertThat(report.getString("encoding")).isEqualTo("windows-1252 (detected)");
        assertThat(report.getString("acceptedTotal.amount")).isEqualTo("1001.00");
        assertThat(stored.ledgerLineText(UUID.fromString(report.getString("id")), 2))
                .isEqualTo("1000.00|201101|2011-04-02|CAFÉ LTD|Libraries|||E1".replace("É", "é"));
    }

    @Test
    void shouldReadDeclaredEncodingsAndRefuseBytesThatDoNotFit() {
        String csv = ledger("Libraries,F1,201101,CAFé LTD,£2.00,2011-04-02");
        JsonPath utf8 = Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=UTF-8")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(201).extract().jsonPath();
        assertThat(utf8.getString("encoding")).isEqualTo("UTF-8 (declared)");
        assertThat(utf8.getString("acceptedTotal.amount")).isEqualTo("3.00");

        String other = ledger("Libraries,F2,201101,CAFé LTD,£2.00,2011-04-02");
        Submissions.csvUpload(other.getBytes(StandardCharsets.ISO_8859_1))
                .contentType(ContentType.BINARY).queryParam("encoding", "UTF-8")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().log().ifValidationFails().statusCode(400)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors[0].field", equalTo("encoding"))
                .body("detail", containsString("line 2"));

        JsonPath declared1252 = Submissions.csvUpload(other.getBytes(StandardCharsets.ISO_8859_1))
                .contentType(ContentType.BINARY).queryParam("encoding", "windows-1252")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(201).extract().jsonPath();
        assertThat(declared1252.getString("encoding")).isEqualTo("windows-1252 (declared)");
    }

    @Test
    void shouldRefuseTheSameContentAgainPointingAtTheEarlierImportUntilItIsWithdrawn() {
        String first = Submissions.open();
        String csv = ledger("Libraries,G1,201101,BOOKS LTD,10.00,2011-04-02");
        String earlier = upload(first, csv).getString("id");

        Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:conflict"))
                .body("detail", containsString("/imports/" + earlier));

        given().contentType(ContentType.JSON).body("{\"reason\":\"loaded into the wrong submission\"}")
                .when().post("/imports/{id}/withdraw", earlier)
                .then().statusCode(200)
                .body("withdrawn", equalTo(true))
                .body("withdrawnReason", equalTo("loaded into the wrong submission"))
                .body("rows.accepted", equalTo(2))
                .body("acceptedTotal.amount", equalTo("11.00"));

        upload(Submissions.open(), csv);
    }

    @Test
    void shouldStopCountingAWithdrawnImportButKeepItsReport() {
        String submission = Submissions.open();
        String kept = upload(submission, ledger("Libraries,H1,201101,BOOKS LTD,10.00,2011-04-02")).getString("id");
        String withdrawn = upload(submission, ledger("Libraries,H2,201101,BOOKS LTD,20.00,2011-04-02")).getString("id");
        given().when().get("/submissions/{id}", submission).then().body("acceptedTotal.amount", equalTo("32.00"));

        given().contentType(ContentType.JSON).body("{\"reason\":\"superseded\"}")
                .when().post("/imports/{id}/withdraw", withdrawn).then().statusCode(200);

        given().when().get("/submissions/{id}", submission).then().body("acceptedTotal.amount", equalTo("11.00"));
        given().when().get("/submissions/{id}/imports", submission).then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(kept, withdrawn))
                .body("withdrawn", org.hamcrest.Matchers.contains(false, true));
        given().contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post("/imports/{id}/withdraw", withdrawn)
                .then().statusCode(409)
                .body("detail", containsString("already withdrawn"));
    }

    @Test
    void shouldRefuseAMappingThatNamesAColumnTheFileLacks() {
        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                .body(ledger("Libraries,I1,201101,BOOKS LTD,10.00,2011-04-02"))
                .queryParam("amount", "Amount").queryParam("supplier", "Supplier Name")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors[0].field", equalTo("supplier"))
                .body("errors[0].message", containsString("'Supplier Name'"))
                .body("errors[0].message", containsString("Service | Ref | Period | Supplier | Amount | Date"));

        given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv")
                .body(ledger("Libraries,I2,201101,BOOKS LTD,10.00,2011-04-02"))
                .queryParam("supplier", "Supplier")
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
    }

    @Test
    void shouldRefuseImportsIntoASubmissionThatIsNoLongerADraft() {
        String submission = Submissions.open();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"state\":\"SUBMITTED\"}")
                .when().put("/submissions/{id}/state", submission).then().statusCode(200);

        Submissions.csvUpload(ledger("Libraries,J1,201101,BOOKS LTD,10.00,2011-04-02").getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().statusCode(409)
                .body("detail", containsString("SUBMITTED"));
    }

    @Test
    void shouldRefuseAnEmptyFileAndOneThatIsNotWellFormedCsvNamingTheLine() {
        Submissions.csvUpload(new byte[0])
                .when().post("/submissions/{id}/imports", Submissions.open())
                .then().statusCode(400)
                .body("detail", containsString("empty"));

        String broken = HEADER + "Libraries,M1,201101,BOOKS LTD,1.00,2011-04-02\n"
                + "Libraries,\"M2,201101,BOOKS LTD,1.00,2011-04-02\n";
        String submission = Submissions.open();
        Submissions.csvUpload(broken.getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", submission)
                .then().log().ifValidationFails().statusCode(400)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("detail", containsString("not well-formed CSV at line 3"));
        given().when().get("/submissions/{id}/imports", submission).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownSubmissionOrImport() {
        Submissions.csvUpload(ledger("Libraries,K1,201101,BOOKS LTD,10.00,2011-04-02").getBytes(StandardCharsets.UTF_8))
                .when().post("/submissions/{id}/imports", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/imports/{id}", "not-a-uuid").then().statusCode(404)
                .body("type", equalTo("urn:totalplace:problem:not-found"));
    }
}
