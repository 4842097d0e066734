package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/** Binary COPY rows checked the only way that means anything: PostgreSQL reads them back as what was written. */
@QuarkusTest
class CopyRowsTest {

    private static final UUID IMPORT = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreEveryKindOfLedgerValueExactlyAsGiven() throws Exception {
        List<LedgerRow> rows = List.of(
                row("0.00", LocalDate.of(2000, 1, 1), "201004", "A", List.of("Libraries"), "1"),
                row("0.01", LocalDate.of(1999, 12, 31), null, "BOOKS \"R\" US, LTD", List.of("a", "b", "c"), null),
                row("-0.01", null, "", "Café Noir – 😀", List.of(), "T/2"),
                row("0.50", LocalDate.of(2011, 4, 2), "x", null, List.of("Adult Social Care", "Residential"), "9"),
                row("1.00", LocalDate.of(2011, 2, 28), "x", "s", List.of("l"), "r"),
                row("10000.00", LocalDate.of(1970, 1, 1), "x", "s", List.of("l"), "r"),
                row("12345678.90", LocalDate.of(2026, 11, 23), "x", "s", List.of("l"), "r"),
                row("-306713143.53", LocalDate.of(2010, 12, 7), "x", "s", List.of("l"), "r"),
                row("99999999999999999.99", LocalDate.of(2010, 12, 7), "x", "s", List.of("l"), "r"),
                row("-99999999999999999.99", LocalDate.of(2010, 12, 7), "x", "s", List.of("l"), "r"),
                row("100000000.00", LocalDate.of(2010, 12, 7), "x", "s", List.of("l"), "r"));

        List<String> stored = copyAndReadBack("numeric(19,2)", rows);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            expected.add(expectedText(i + 2, rows.get(i)));
        }
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldWriteNumericsOfAnyScaleAndSize() throws Exception {
        List<String> amounts = List.of("0", "7", "-7", "10000", "0.5", "0.001", "-123.4567", "0.00001", "1.10000",
                "123456789012345678901234567890.123456789", "-0.0000", "100000000", "9999.9999");
        List<LedgerRow> rows = new ArrayList<>();
        for (String amount : amounts) {
            rows.add(row(amount, null, null, null, List.of(), null));
        }
        List<String> stored = copyAndReadBack("numeric", rows);
        for (int i = 0; i < amounts.size(); i++) {
            // numeric keeps the scale given: the text PostgreSQL prints is BigDecimal's plain text
            assertThat(stored.get(i)).startsWith(IMPORT + "|" + (i + 2) + "|" + new BigDecimal(amounts.get(i))
                    .toPlainString() + "|");
        }
    }

    private static LedgerRow row(String amount, LocalDate date, String period, String supplier, List<String> levels,
                                 String ref) {
        return new LedgerRow(new BigDecimal(amount), date, period, supplier, levels, ref);
    }

    private static String expectedText(int line, LedgerRow row) {
        List<String> levels = row.serviceLevels();
        return String.join("|", Arrays.asList(IMPORT.toString(), Integer.toString(line),
                row.amount().toPlainString(), "GBP", text(row.period()), row.date() == null ? "∅" : row.date().toString(),
                text(row.supplier()), text(levels.size() > 0 ? levels.get(0) : null),
                text(levels.size() > 1 ? levels.get(1) : null), text(levels.size() > 2 ? levels.get(2) : null),
                text(row.transactionRef())));
    }

    private static String text(String value) {
        return value == null ? "∅" : value;
    }

    /** COPYs the rows (line numbers from 2) into a temporary table shaped like ledger_line; its rows as text. */
    private List<String> copyAndReadBack(String amountType, List<LedgerRow> rows) throws Exception {
        CopyRows copy = new CopyRows(IMPORT, 16);
        for (int i = 0; i < rows.size(); i++) {
            copy.append(i + 2, rows.get(i));
        }
        copy.finish();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create temporary table copied (import_id uuid, line_number int, amount " + amountType
                    + ", currency text, period text, payment_date date, supplier text, service_level_1 text, "
                    + "service_level_2 text, service_level_3 text, transaction_ref text) on commit drop");
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY copied (" + CopyRows.COLUMNS + ") FROM STDIN WITH (FORMAT binary)");
            in.writeToCopy(copy.bytes(), 0, copy.length());
            assertThat(in.endCopy()).isEqualTo(rows.size());
            List<String> stored = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select concat_ws('|', import_id, line_number, amount, "
                    + "currency, coalesce(period, '∅'), coalesce(payment_date::text, '∅'), coalesce(supplier, '∅'), "
                    + "coalesce(service_level_1, '∅'), coalesce(service_level_2, '∅'), "
                    + "coalesce(service_level_3, '∅'), coalesce(transaction_ref, '∅')) from copied order by line_number")) {
                while (result.next()) {
                    stored.add(result.getString(1));
                }
            }
            connection.rollback();
            return stored;
        }
    }
}
