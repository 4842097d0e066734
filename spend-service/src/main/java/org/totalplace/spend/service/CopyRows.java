package org.totalplace.spend.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/** Ledger lines as PostgreSQL's COPY … (FORMAT csv) reads them: text quoted, NULL as an unquoted empty field. */
final class CopyRows {

    private CopyRows() {
    }

    static void append(StringBuilder out, UUID importId, int line, LedgerRow row, byte[] digest) {
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
        out.append(",\\x").append(HexFormat.of().formatHex(digest)).append('\n');
    }

    private static void text(StringBuilder out, String value) {
        if (value != null) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }

    /**
     * The first 16 bytes of the SHA-256 of a row's fields exactly as read (each preceded by its length, so that
     * no two different rows give the same input): equal digests mean exactly duplicate lines.
     */
    static byte[] digest(List<String> fields) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field.length()).append(':').append(field);
        }
        byte[] full = sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] head = new byte[16];
        System.arraycopy(full, 0, head, 0, 16);
        return head;
    }
}
