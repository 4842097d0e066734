package org.totalplace.spend.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds exact duplicate lines while an import streams, from the 16-byte row digests ({@link RowDigest}), in line
 * order: a line whose digest an earlier line had is a duplicate of the first such line. That is what the report
 * lists (the first {@code listed}, lowest line numbers first) and counts (every line after the first of its kind:
 * lines minus distinct digests).
 *
 * <p>Kept compact, as an open-addressing table of the digests' two halves and first lines (24 bytes a slot, a quarter
 * to half of the slots used: 6 MB for 100,000 distinct lines), instead of asking the database to sort the import's
 * lines by digest afterwards.
 */
final class DuplicateLines {

    private static final int INITIAL_CAPACITY = 1 << 12;

    private final int listed;
    private final List<ImportReport.Duplicate> first = new ArrayList<>();
    /**
     * Slot i is table[3i] and table[3i + 1] (the digest's two halves) and table[3i + 2] (the first line with that
     * digest; 0 marks an empty slot, lines start at 1): side by side, so a probe touches one cache line, not three.
     */
    private long[] table = new long[3 * INITIAL_CAPACITY];
    private int size;
    private int count;

    DuplicateLines(int listed) {
        this.listed = listed;
    }

    /** Notes {@code line} (at least 1), whose row has {@code digest} (16 bytes); lines come in increasing order. */
    void add(int line, byte[] digest) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        long h = half(digest, 0);
        long l = half(digest, 8);
        int at = find(table, h, l);
        if (table[at + 2] != 0) {
            count++;
            if (first.size() < listed) {
                first.add(new ImportReport.Duplicate(line, (int) table[at + 2]));
            }
            return;
        }
        table[at] = h;
        table[at + 1] = l;
        table[at + 2] = line;
        if (++size * 2 > table.length / 3) {
            grow();
        }
    }

    /** How many lines repeat an earlier line exactly. */
    int count() {
        return count;
    }

    /** The first {@code listed} duplicates, in line order. */
    List<ImportReport.Duplicate> listed() {
        return List.copyOf(first);
    }

    /** The index in {@code table} of the digest's slot, or of the empty slot where it belongs. */
    private static int find(long[] table, long h, long l) {
        int mask = table.length / 3 - 1;
        int slot = (int) (mix(h ^ l) & mask);
        while (table[3 * slot + 2] != 0 && (table[3 * slot] != h || table[3 * slot + 1] != l)) {
            slot = (slot + 1) & mask;
        }
        return 3 * slot;
    }

    private void grow() {
        long[] grown = new long[table.length * 2];
        for (int at = 0; at < table.length; at += 3) {
            if (table[at + 2] != 0) {
                int to = find(grown, table[at], table[at + 1]);
                grown[to] = table[at];
                grown[to + 1] = table[at + 1];
                grown[to + 2] = table[at + 2];
            }
        }
        table = grown;
    }

    private static long half(byte[] digest, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (digest[i] & 0xFF);
        }
        return value;
    }

    /** The digest is already uniform; this only guards against inputs that are not (e.g. in tests). */
    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        return z ^ (z >>> 32);
    }
}
