package org.totalplace.spend.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a ledger file's bytes into text, streaming. A declared encoding is used as declared. Otherwise the text is
 * read as ASCII (the same in UTF-8 and Windows-1252) up to the first byte above 127, and that byte decides: the
 * start of a well-formed UTF-8 sequence means UTF-8, anything else Windows-1252 (where £ is one byte, 0xA3). A
 * UTF-8 byte order mark is dropped. Bytes that do not fit the chosen encoding are an error, never replaced.
 */
final class LedgerDecoder extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private Reader decided;
    private Charset charset;
    private final boolean declared;
    private boolean atStart = true;

    private LedgerDecoder(InputStream in, Charset declaredCharset) {
        this.in = in;
        this.charset = declaredCharset;
        this.declared = declaredCharset != null;
        if (declared) {
            decided = reader(in, declaredCharset);
        }
    }

    /** Reads {@code in} in {@code declared}, or detects UTF-8 or Windows-1252 when it is null. */
    static LedgerDecoder of(InputStream in, Charset declared) {
        return new LedgerDecoder(in, declared);
    }

    /** The encoding used, e.g. "UTF-8 (detected)"; all-ASCII text reads as "US-ASCII (detected)". */
    String description() {
        if (declared) {
            return charset.name() + " (declared)";
        }
        return (charset == null ? "US-ASCII" : charset.name()) + " (detected)";
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (decided != null) {
            return skipBom(decided.read(target, offset, length), target, offset, length);
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int count = 0;
        while (position < limit && count < length && buffer[position] >= 0) {
            target[offset + count++] = (char) buffer[position++];
        }
        if (count > 0) {
            atStart = false;
            return count;
        }
        decide();
        return read(target, offset, length);
    }

    /** A UTF-8 byte order mark is not text: drop it if it is the first character. */
    private int skipBom(int read, char[] target, int offset, int length) throws IOException {
        if (read > 0 && atStart) {
            atStart = false;
            if (target[offset] == '\uFEFF' && StandardCharsets.UTF_8.equals(charset)) {
                System.arraycopy(target, offset + 1, target, offset, read - 1);
                return read == 1 ? read(target, offset, length) : read - 1;
            }
        }
        return read;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    /** At the first byte above 127: look at up to four bytes and pick the encoding for the rest. */
    private void decide() throws IOException {
        if (limit - position < 4) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            int read;
            while (limit < 4 && (read = in.read(buffer, limit, buffer.length - limit)) >= 0) {
                limit += read;
            }
        }
        charset = startsUtf8Sequence(buffer, position, limit) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        decided = reader(new SequenceInputStream(new ByteArrayInputStream(buffer, position, limit - position), in),
                charset);
    }

    static boolean startsUtf8Sequence(byte[] bytes, int at, int end) {
        int lead = bytes[at] & 0xFF;
        int continuation;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
        } else {
            return false;
        }
        if (end - at <= continuation) {
            return false;
        }
        for (int i = 1; i <= continuation; i++) {
            if ((bytes[at + i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Leaves the byte stream open: it belongs to the caller (the HTTP request), which reads it to its end. */
    @Override
    public void close() {
        // nothing of ours to release
    }
}
