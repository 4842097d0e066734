package org.totalplace.spend.service;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format (the "Binary Format" section of the COPY reference page), written into one
 * reusable buffer for {@code COPY table (…) FROM STDIN WITH (FORMAT binary)}: the server takes ids, numbers and dates
 * as they are stored instead of parsing text. The buffer starts with the file header; each row is
 * {@link #row(int)} then one call per field, in the statement's column order; {@link #finish()} adds the trailer.
 * Not thread-safe.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL counts dates from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final short NUMERIC_POSITIVE = 0x0000;
    private static final short NUMERIC_NEGATIVE = 0x4000;
    private static final int NBASE = 10_000;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

    private byte[] out;
    private int length;
    /** One numeric's base-10000 digits, reused. */
    private final short[] groups = new short[64];

    BinaryCopy(int capacity) {
        this.out = new byte[Math.max(capacity, 256)];
        bytes(SIGNATURE);
        int32(0); // flags: no OIDs
        int32(0); // no header extension
    }

    byte[] bytes() {
        return out;
    }

    int length() {
        return length;
    }

    /** Forgets what was written (after it was sent), keeping the buffer. */
    void clear() {
        length = 0;
    }

    /** Starts a row of {@code fields} fields. */
    void row(int fields) {
        int16((short) fields);
    }

    /** The end of the data: after it, the buffer's last bytes are to be sent and COPY ended. */
    void finish() {
        int16((short) -1);
    }

    void nullField() {
        int32(-1);
    }

    void uuid(UUID value) {
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
    }

    void int4(int value) {
        int32(4);
        int32(value);
    }

    void int8(long value) {
        int32(8);
        int64(value);
    }

    /** A date, or null. */
    void date(LocalDate value) {
        if (value == null) {
            nullField();
        } else {
            int4(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
        }
    }

    /** ASCII text as it is (a constant, e.g. a currency code), without checking it. */
    void ascii(byte[] value) {
        int32(value.length);
        bytes(value);
    }

    void text(String value) {
        if (value == null) {
            int32(-1);
            return;
        }
        int size = value.length();
        room(4 + size);
        int start = length + 4;
        for (int i = 0; i < size; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // not ASCII: the whole value through the JDK's encoder (surrogate pairs and all)
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                int32(utf8.length);
                bytes(utf8);
                return;
            }
            out[start + i] = (byte) c;
        }
        int32(size);
        length += size;
    }

    /**
     * A numeric as PostgreSQL sends it: base-10000 digits from the most significant, the weight of the first (in
     * powers of 10000), sign and display scale; no leading or trailing zero digits.
     */
    void numeric(BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        BigDecimal exact = value.setScale(scale);
        BigInteger unscaled = exact.unscaledValue().abs();
        int count;
        int integerGroups;
        if (scale <= 4 && unscaled.bitLength() < 63) {
            // the usual case (pounds and pence), in arithmetic: integer part, then one group for the fraction
            long whole = unscaled.longValue();
            long divisor = POWERS_OF_TEN[scale];
            long integer = whole / divisor;
            int fraction = (int) (whole % divisor * POWERS_OF_TEN[4 - scale]);
            integerGroups = 0;
            for (long rest = integer; rest > 0; rest /= NBASE) {
                integerGroups++;
            }
            long rest = integer;
            for (int g = integerGroups - 1; g >= 0; g--) {
                group(g, rest % NBASE);
                rest /= NBASE;
            }
            count = integerGroups;
            if (scale > 0) {
                group(count++, fraction);
            }
        } else {
            String digits = unscaled.toString();
            int integerDigits = Math.max(digits.length() - scale, 0);
            String fraction = digits.length() >= scale ? digits.substring(integerDigits)
                    : "0".repeat(scale - digits.length()) + digits;
            integerGroups = (integerDigits + 3) / 4;
            count = 0;
            int at = 0;
            for (int g = 0; g < integerGroups; g++) {
                int width = g == 0 ? integerDigits - (integerGroups - 1) * 4 : 4;
                group(count++, Integer.parseInt(digits, at, at + width, 10));
                at += width;
            }
            for (int from = 0; from < fraction.length(); from += 4) {
                int to = Math.min(from + 4, fraction.length());
                group(count++, Integer.parseInt(fraction, from, to, 10) * (int) POWERS_OF_TEN[4 - (to - from)]);
            }
        }
        int weight = integerGroups - 1;
        int first = 0;
        while (first < count && groups[first] == 0) {
            first++;
            weight--;
        }
        int last = count;
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        int ndigits = last - first;
        if (ndigits == 0) {
            weight = 0;
        }
        int32(8 + 2 * ndigits);
        int16((short) ndigits);
        int16((short) weight);
        int16(exact.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        int16((short) scale);
        for (int i = first; i < last; i++) {
            int16(groups[i]);
        }
    }

    private void group(int index, long group) {
        if (index >= groups.length) {
            throw new IllegalArgumentException("an amount of more than " + groups.length * 4 + " digits");
        }
        groups[index] = (short) group;
    }

    private void int16(short value) {
        room(2);
        out[length++] = (byte) (value >>> 8);
        out[length++] = (byte) value;
    }

    private void int32(int value) {
        room(4);
        out[length++] = (byte) (value >>> 24);
        out[length++] = (byte) (value >>> 16);
        out[length++] = (byte) (value >>> 8);
        out[length++] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
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
