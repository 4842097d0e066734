package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.spend.support.RawLedger;
import org.totalplace.spend.support.StoredRows;
import org.totalplace.spend.support.Submissions;

/**
 * Every shipped Gateshead file (as published, read in place from the shared data folder) is imported, and its
 * reconciliation agrees with figures worked out independently from the raw file by {@link RawLedger}.
 */
@QuarkusTest
class GatesheadLedgerImportTest {

    private static final Path GATESHEAD = ProjectLayout.sharedDir().resolve("data/spend/gateshead");

    @Inject
    StoredRows stored;

    static Stream<String> files() {
        return Stream.of("2010-12", "2011-01", "2011-02", "2011-03", "2011-04", "2011-05", "2011-06", "2011-07",
                "2011-08", "2011-09", "2011-10", "2011-11", "2011-12", "2012-01", "2012-02", "2012-03");
    }

    @Test
    void shouldFindAllSixteenShippedFiles() throws IOException {
        try (Stream<Path> listed = Files.list(GATESHEAD)) {
            assertThat(listed.map(p -> p.getFileName().toString().replace(".csv", "")).sorted())
                    .containsExactlyElementsOf(files().toList());
        }
    }

    @ParameterizedTest(name = "{0}.csv")
    @MethodSource("files")
    void shouldReconcileEachShippedFileWithFiguresComputedFromTheRawFile(String month) throws IOException {
        Path file = GATESHEAD.resolve(month + ".csv");
        RawLedger expected = RawLedger.read(file);
        List<String> h = expected.header();
        String submission = Submissions.open(UUID.randomUUID(), "Gateshead Council",
                month.compareTo("2011-04") < 0 ? "2010-11" : "2011-12");

        JsonPath report = given().config(Submissions.NO_DEFAULT_CHARSET).contentType("text/csv").body(Files.readAllBytes(file))
                .queryParam("amount", h.get(7)).queryParam("date", h.get(8)).queryParam("period", h.get(5))
                .queryParam("supplier", h.get(6))
                .queryParam("serviceLevel", h.get(0)).queryParam("serviceLevel", h.get(1))
                .queryParam("serviceLevel", h.get(2))
                .queryParam("transactionRef", h.get(3)).queryParam("transactionRef", h.get(4))
                .when().post("/submissions/{id}/imports", submission)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();

        assertThat(report.getInt("rows.read")).isEqualTo(expected.rows());
        assertThat(report.getInt("rows.accepted")).isEqualTo(expected.accepted());
        assertThat(report.getInt("rows.rejected")).isZero();
        assertThat(report.getInt("rows.skippedTotal")).isEqualTo(expected.skippedTotal());
        assertThat(report.getInt("rows.skippedBlank")).isEqualTo(expected.skippedBlank());
        assertThat(new BigDecimal(report.getString("acceptedTotal.amount"))).isEqualTo(expected.acceptedTotal());
        assertThat(report.getString("acceptedTotal.currency")).isEqualTo("GBP");
        assertThat(report.getInt("duplicateLines")).as("the README finds no exact duplicate rows").isZero();
        assertThat(report.getString("encoding")).isEqualTo("US-ASCII (detected)");
        String importId = report.getString("id");
        assertThat(stored.ledgerLinesOf(UUID.fromString(importId))).isEqualTo(expected.accepted());
        assertThat(stored.ledgerTotalText(UUID.fromString(importId))).isEqualTo(expected.acceptedTotal().toPlainString());
        assertThat(stored.categoryTotalsOf(UUID.fromString(importId))).as("summed while streaming").isPositive();
        assertThat(stored.categoryTotalsDifferingFromLines(UUID.fromString(importId)))
                .as("the category totals are the stored lines grouped by levels and supplier").isZero();
        // leave the file importable again: other test classes import some of the same files
        given().contentType("application/json").body("{\"reason\":\"test done\"}")
                .when().post("/imports/{id}/withdraw", importId).then().statusCode(200);
        if (month.equals("2011-09")) {
            assertThat(expected.skippedTotal()).as("the last line, blank but for 13582630.77").isEqualTo(1);
            assertThat(report.getInt("rows.read")).isEqualTo(5143);
        } else {
            assertThat(expected.skippedTotal()).isZero();
        }
    }
}
