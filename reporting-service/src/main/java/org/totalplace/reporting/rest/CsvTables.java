package org.totalplace.reporting.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.totalplace.reporting.domain.document.ReportDocument;

/** A report table as RFC 4180 CSV: a header row of column names, then the raw (unformatted) cells, CRLF lines. */
final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvTables() {
    }

    /**
     * Text typed by people (barrier titles, submission sections) must not run as a spreadsheet formula when the file
     * is opened: a text cell starting with =, +, -, @, tab or CR gets a leading apostrophe (OWASP's advice for CSV
     * injection). Numeric columns are left as they are, so negative amounts stay numbers.
     */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    static List<ReportDocument.Table> tables(ReportDocument document) {
        return document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(ReportDocument.Table.class::isInstance).map(ReportDocument.Table.class::cast).toList();
    }

    static String write(ReportDocument.Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.columns());
            for (List<String> row : table.raw()) {
                List<String> cells = new java.util.ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(table.numeric().get(i) ? row.get(i) : defused(row.get(i)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
