package org.totalplace.spend.service;

import java.util.List;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/** Ledger lines as PostgreSQL's COPY … (FORMAT csv) reads them: text quoted, NULL as an unquoted empty field. */
final class CopyRows {

    private CopyRows() {
    }

    /** {@code importId} is the import's id as text, written the same on every line. */
    static void append(StringBuilder out, String importId, int line, LedgerRow row) {
        out.append(importId).append(',').append(line).append(',').append(row.amount().toPlainString()).append(",GBP,");
        text(out, row.period());
        out.append(',');
        if (row.date() != null) {
            out.append(row.date());
        }
        out.append(',');
        text(out, row.supplier());
        List<String> levels = row.serviceLevels();
        for (int i = 0; i < 3; i++) {
            out.append(',');
            text(out, i < levels.size() ? levels.get(i) : null);
        }
        out.append(',');
        text(out, row.transactionRef());
        out.append('\n');
    }

    private static void text(StringBuilder out, String value) {
        if (value != null) {
            out.append('"').append(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\"")).append('"');
        }
    }
}
