package org.totalplace.spend.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds exact duplicate lines while an import streams, from the 16-byte row digests ({@link RowDigest}), in line
 * order: a line whose digest an earlier line had is a duplicate of the first such line. That is what the report
 * lists (the first {@code listed}, lowest line numbers first) and counts (every line after the first of its kind:
 * lines minus distinct digests).
 *
 * <p>Kept compact, as an open-addressing table of the digests' two halves and first lines (about 20 to 40 bytes per
 * distinct line, e.g. 4 MB for 100,000 lines), instead of asking the database to sort the import's lines by digest
 * afterwards.
 */
final class DuplicateLines {

    private static final int INITIAL_CAPACITY = 1 << 12;

    private final int listed;
    private final List<ImportReport.Duplicate> first = new ArrayList<>();
    private long[] high = new long[INITIAL_CAPACITY];
    private long[] low = new long[INITIAL_CAPACITY];
    /** The first line with the digest in the same slot; 0 marks an empty slot (lines start at 1). */
    private int[] lines = new int[INITIAL_CAPACITY];
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
        int slot = find(high, low, lines, h, l);
        if (lines[slot] != 0) {
            count++;
            if (first.size() < listed) {
                first.add(new ImportReport.Duplicate(line, lines[slot]));
            }
            return;
        }
        high[slot] = h;
        low[slot] = l;
        lines[slot] = line;
        if (++size * 2 > lines.length) {
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

    private static int find(long[] high, long[] low, int[] lines, long h, long l) {
        int mask = lines.length - 1;
        int slot = (int) (mix(h ^ l) & mask);
        while (lines[slot] != 0 && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int capacity = lines.length * 2;
        long[] newHigh = new long[capacity];
        long[] newLow = new long[capacity];
        int[] newLines = new int[capacity];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != 0) {
                int slot = find(newHigh, newLow, newLines, high[i], low[i]);
                newHigh[slot] = high[i];
                newLow[slot] = low[i];
                newLines[slot] = lines[i];
            }
        }
        high = newHigh;
        low = newLow;
        lines = newLines;
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
