package org.totalplace.spend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totalplace.spend.support.SharedData;

/**
 * The Country and Regional Analysis (long form, £ thousand) is imported in place with a reconciliation whose
 * expectations are computed here from the raw file: its rows counted and its value_gbp_thousand summed exactly.
 */
@QuarkusTest
class CraImportTest {

    private static final String HEADER = "year,department,cofog_level_0,hmt_function,cofog_level_1,hmt_subfunction,"
            + "cra_segment,cra_segment_description,id_non_id,cap_or_cur,cg_lg_or_pc,nuts_region,country,"
            + "value_gbp_thousand,value_gbp_million,source_row\n";
    private static final String ROW = "2009-10,DWP,10. Social protection,10. Social protection,10.2 Old age,"
            + "10.2 Old age,SEG,S101A000-England Local Authorities ,ID,CUR,CG,ENGLAND_North West,ENGLAND,";

    @Inject
    CraImportService service;

    @Test
    void shouldLoadEveryRowOfTheShippedCraWithItsExactTotalInThousands() throws IOException {
        Path raw = SharedData.file("cra/cra_2014_long.csv");
        long rows = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (Reader reader = Files.newBufferedReader(raw);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows++;
                total = total.add(new BigDecimal(record.get("value_gbp_thousand")));
            }
        }

        String loadedTotal = given().when().post("/national-data/cra")
                .then().statusCode(201)
                .body("dataset", equalTo("cra"))
                .body("rowsRead", equalTo((int) rows))
                .body("rowsLoaded", equalTo((int) rows))
                .body("rowsRejected", equalTo(0))
                .body("sha256", equalTo(SharedData.sha256(raw)))
                .extract().path("loadedTotal");

        assertThat(rows).isEqualTo(58_307); // as the data README states
        assertThat(new BigDecimal(loadedTotal)).isEqualByComparingTo(total);
    }

    @Test
    void shouldRejectBadRowsWithLineColumnAndReasonThenLoadTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cra.csv");
        Files.writeString(file, HEADER
                + ROW + "143623.92,143.62392,2\n"
                + ROW.replace("2009-10", "2009-11") + "1,0.001,3\n"
                + ROW.replace("DWP", "") + "1,0.001,4\n"
                + ROW + "1,0.01,5\n"
                + ROW + "1e-05,0.00000001,6\n"
                + ROW.replace(",ID,", ",XX,") + "1,0.001,7\n"
                + "2009-10,DWP\n"
                + ROW + "-0.0000021353462937283228,-0.0000000021353462937283228,9\n");
        try {
            DataImportReport report = service.importFile(file);

            assertThat(report.rowsRead()).isEqualTo(8);
            assertThat(report.rowsLoaded()).isEqualTo(2);
            assertThat(report.rowsRejected()).isEqualTo(6);
            assertThat(report.loadedTotal()).isEqualByComparingTo("143623.9199978646537062716772");
            assertThat(report.rejections()).containsExactly(
                    new DataImportReport.Rejection(3, "year", "'2009-11' is not a financial year such as 2009-10"),
                    new DataImportReport.Rejection(4, "department", "is blank"),
                    new DataImportReport.Rejection(5, "value_gbp_million", "0.01 is not value_gbp_thousand / 1000 (0.001)"),
                    new DataImportReport.Rejection(6, "value_gbp_thousand", "'1e-05' is not a plain decimal"),
                    new DataImportReport.Rejection(7, "id_non_id", "'XX' is neither ID nor Non-ID"),
                    new DataImportReport.Rejection(8, null, "has 2 fields; the header has 16"));
            given().when().get("/national-data/imports/" + report.id()).then().statusCode(200).body("rejections", hasSize(6))
                    .body("loadedTotal", equalTo("143623.9199978646537062716772"));
        } finally {
            service.importShipped(); // other tests estimate from the shipped CRA
        }
    }
}
