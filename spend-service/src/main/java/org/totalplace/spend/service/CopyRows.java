package org.totalplace.spend.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/**
 * Ledger lines in binary COPY format ({@link BinaryCopy}), for
 * {@code COPY ledger_line (…) FROM STDIN WITH (FORMAT binary)}: binary made the server's share of a 100,000-line
 * import about a third cheaper than CSV (deploy/bench/README.md). One per import, not thread-safe.
 */
final class CopyRows {

    /** The columns, in the order each row gives them. */
    static final String COLUMNS = "import_id, line_number, amount, currency, period, payment_date, supplier, "
            + "service_level_1, service_level_2, service_level_3, transaction_ref";
    private static final int FIELDS = 11;
    private static final byte[] GBP = "GBP".getBytes(StandardCharsets.US_ASCII);

    private final UUID importId;
    private final BinaryCopy copy;

    CopyRows(UUID importId, int capacity) {
        this.importId = importId;
        this.copy = new BinaryCopy(capacity);
    }

    byte[] bytes() {
        return copy.bytes();
    }

    int length() {
        return copy.length();
    }

    void clear() {
        copy.clear();
    }

    void append(int line, LedgerRow row) {
        copy.row(FIELDS);
        copy.uuid(importId);
        copy.int4(line);
        copy.numeric(row.amount());
        copy.ascii(GBP);
        copy.text(row.period());
        copy.date(row.date());
        copy.text(row.supplier());
        List<String> levels = row.serviceLevels();
        for (int i = 0; i < 3; i++) {
            copy.text(i < levels.size() ? levels.get(i) : null);
        }
        copy.text(row.transactionRef());
    }

    /** The end of the data: after it, the buffer's last bytes are to be sent and COPY ended. */
    void finish() {
        copy.finish();
    }
}
