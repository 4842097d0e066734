package org.totalplace.spend.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/**
 * Ledger lines as PostgreSQL's COPY … (FORMAT csv) reads them, written as UTF-8 straight into one reusable buffer:
 * text quoted, NULL as an unquoted empty field. One per import, not thread-safe.
 */
final class CopyRows {

    private final byte[] importId;
    private byte[] out;
    private int length;

    /** {@code importId} is the import's id, written the same on every line. */
    CopyRows(String importId, int capacity) {
        this.importId = importId.getBytes(StandardCharsets.US_ASCII);
        this.out = new byte[Math.max(capacity, 256)];
    }

    byte[] bytes() {
        return out;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    void append(int line, LedgerRow row) {
        bytes(importId);
        ascii(',');
        number(line);
        ascii(',');
        ascii(row.amount().toPlainString());
        ascii(",GBP,");
        text(row.period());
        ascii(',');
        if (row.date() != null) {
            date(row.date());
        }
        ascii(',');
        text(row.supplier());
        List<String> levels = row.serviceLevels();
        for (int i = 0; i < 3; i++) {
            ascii(',');
            text(i < levels.size() ? levels.get(i) : null);
        }
        ascii(',');
        text(row.transactionRef());
        ascii('\n');
    }

    private void text(String value) {
        if (value == null) {
            return;
        }
        room(value.length() * 2 + 2);
        out[length++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // not ASCII: the rest of the field goes through the JDK's encoder (surrogate pairs and all)
                utf8(value.substring(i).replace("\"", "\"\""));
                break;
            }
            if (c == '"') {
                room(value.length() - i + 2);
                out[length++] = '"';
            }
            out[length++] = (byte) c;
        }
        room(1);
        out[length++] = '"';
    }

    private void utf8(String rest) {
        bytes(rest.getBytes(StandardCharsets.UTF_8));
    }

    private void date(LocalDate day) {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            ascii(day.toString());
            return;
        }
        room(10);
        digits(year, 4);
        out[length++] = '-';
        digits(day.getMonthValue(), 2);
        out[length++] = '-';
        digits(day.getDayOfMonth(), 2);
    }

    private void number(int value) {
        if (value < 0) {
            ascii(Integer.toString(value));
            return;
        }
        int width = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        room(width);
        digits(value, width);
    }

    /** {@code value} in exactly {@code width} digits (room already made). */
    private void digits(int value, int width) {
        for (int i = length + width - 1; i >= length; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void ascii(char c) {
        room(1);
        out[length++] = (byte) c;
    }

    /** Text known to be ASCII (numbers, separators). */
    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
    }

    private void bytes(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, out, length, value.length);
        length += value.length;
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
