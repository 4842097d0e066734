package org.totalplace.spend.service;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The first 16 bytes of the SHA-256 of a row's fields exactly as read, each preceded by its length (so that no two
 * different rows give the same input): equal digests mean exactly duplicate lines. One per import (not thread-safe):
 * it reuses its digest and buffers from row to row.
 */
final class RowDigest {

    static final int LENGTH = 16;

    private final MessageDigest sha256;
    private final byte[] full = new byte[32];
    private byte[] input = new byte[512];
    private int length;

    RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The row's digest: its first {@link #LENGTH} bytes, in a buffer this object reuses on its next call (the caller
     * reads it at once: an import makes one digest per line, and a copy each would be 100,000 more objects).
     */
    byte[] of(List<String> fields) {
        length = 0;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            digits(field.length());
            room(1);
            input[length++] = ':';
            utf8(field);
        }
        sha256.update(input, 0, length);
        try {
            sha256.digest(full, 0, full.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a 32-byte buffer holds a SHA-256", e);
        }
        return full;
    }

    private void utf8(String field) {
        room(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c >= 0x80) {
                byte[] rest = field.substring(i).getBytes(StandardCharsets.UTF_8);
                room(rest.length);
                System.arraycopy(rest, 0, input, length, rest.length);
                length += rest.length;
                return;
            }
            input[length++] = (byte) c;
        }
    }

    /** A field's length in decimal ASCII digits, written without making a String of it. */
    private void digits(int value) {
        int size = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            size++;
        }
        room(size);
        for (int at = length + size - 1; at >= length; at--) {
            input[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += size;
    }

    private void room(int more) {
        if (length + more > input.length) {
            input = Arrays.copyOf(input, Math.max(input.length * 2, length + more));
        }
    }
}
