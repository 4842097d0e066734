package org.totalplace.spend.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The first 16 bytes of the SHA-256 of a row's fields exactly as read, each preceded by its length (so that no two
 * different rows give the same input): equal digests mean exactly duplicate lines. One per import (not thread-safe):
 * it reuses its digest and buffer from row to row.
 */
final class RowDigest {

    static final int LENGTH = 16;

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(256);

    RowDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    byte[] of(List<String> fields) {
        text.setLength(0);
        for (String field : fields) {
            text.append(field.length()).append(':').append(field);
        }
        byte[] full = sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] head = new byte[LENGTH];
        System.arraycopy(full, 0, head, 0, LENGTH);
        return head;
    }
}
