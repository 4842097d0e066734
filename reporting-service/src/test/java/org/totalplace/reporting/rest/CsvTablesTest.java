package org.totalplace.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.document.ReportDocument;

class CsvTablesTest {

    private static ReportDocument.Table table(List<String> raw) {
        return new ReportDocument.Table("t", "a table", List.of("title", "net"), List.of(false, true),
                List.of(List.of("shown", "shown")), List.of(raw), null);
    }

    @Test
    void shouldWriteAHeaderAndRawCellsQuotedAsRfc4180WithCrlf() {
        String csv = CsvTables.write(table(List.of("Pool grants, \"now\"", "1234.50")));
        assertThat(csv).isEqualTo("title,net\r\n\"Pool grants, \"\"now\"\"\",1234.50\r\n");
    }

    @Test
    void shouldDefuseTextThatASpreadsheetWouldRunAsAFormulaButKeepNegativeNumbers() {
        String csv = CsvTables.write(table(List.of("=HYPERLINK(\"http://x\")", "-500000.00")));
        assertThat(csv).isEqualTo("title,net\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-500000.00\r\n");
        assertThat(CsvTables.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTables.defused("Lewisham")).isEqualTo("Lewisham");
        assertThat(CsvTables.defused("")).isEmpty();
    }
}
