package org.totalplace.spend.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a ledger file's bytes into text, streaming. A declared encoding is used as declared. Otherwise the text is
 * read as ASCII (the same in UTF-8 and Windows-1252) up to the first byte above 127, and that byte decides: the
 * start of a well-formed UTF-8 sequence means UTF-8, anything else Windows-1252 (where £ is one byte, 0xA3). A
 * UTF-8 byte order mark is dropped. Bytes that do not fit the chosen encoding are an error naming their line, never
 * replaced. The byte stream is never closed here: it belongs to the caller.
 */
final class LedgerDecoder extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes that do not fit the encoding, on {@code line} (1-based). */
    static final class BadBytesException extends CharacterCodingException {

        private final long line;

        BadBytesException(long line) {
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final boolean declared;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private Charset charset;
    private CharsetDecoder decoder;
    private boolean endOfInput;
    private boolean atStart = true;
    private long line = 1;

    private LedgerDecoder(InputStream in, Charset declaredCharset) {
        this.in = in;
        this.declared = declaredCharset != null;
        if (declared) {
            use(declaredCharset);
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

    private void use(Charset chosen) {
        charset = chosen;
        decoder = chosen.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (!bytes.hasRemaining() && !endOfInput) {
                fill();
            }
            if (decoder == null) {
                int ascii = readAscii(target, offset, length);
                if (ascii != 0) {
                    return ascii;
                }
                continue; // decided now
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw new BadBytesException(line + newlines(target, offset, out.position() - offset));
            }
            if (endOfInput && result.isUnderflow()) {
                decoder.flush(out);
            }
            int produced = out.position() - offset;
            if (produced > 0) {
                return counted(dropBom(target, offset, produced), target, offset);
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            if (result.isUnderflow()) {
                fill();
            }
        }
    }

    /** Before any byte above 127: copies ASCII; 0 once it has decided the encoding; -1 at the end. */
    private int readAscii(char[] target, int offset, int length) throws IOException {
        byte[] array = bytes.array();
        int from = bytes.position();
        int end = from + Math.min(length, bytes.remaining());
        int at = from;
        while (at < end && array[at] >= 0) {
            target[offset + at - from] = (char) array[at];
            at++;
        }
        bytes.position(at);
        int count = at - from;
        if (count > 0) {
            atStart = false;
            return counted(count, target, offset);
        }
        if (!bytes.hasRemaining()) {
            return -1; // only reached at the end of input
        }
        while (bytes.remaining() < 4 && !endOfInput) {
            fill();
        }
        byte[] head = new byte[bytes.remaining()];
        bytes.duplicate().get(head);
        use(startsUtf8Sequence(head, 0, head.length) ? StandardCharsets.UTF_8 : WINDOWS_1252);
        return 0;
    }

    /** A UTF-8 byte order mark is not text: drop it if it is the very first character. */
    private int dropBom(char[] target, int offset, int produced) {
        if (atStart) {
            atStart = false;
            if (target[offset] == '\uFEFF' && StandardCharsets.UTF_8.equals(charset)) {
                System.arraycopy(target, offset + 1, target, offset, produced - 1);
                return produced - 1;
            }
        }
        return produced;
    }

    private int counted(int produced, char[] target, int offset) {
        line += newlines(target, offset, produced);
        return produced;
    }

    private static int newlines(char[] text, int offset, int length) {
        int count = 0;
        for (int i = offset; i < offset + length; i++) {
            if (text[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Tops up the byte buffer, keeping what is left of it. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        } finally {
            bytes.flip();
        }
    }

    static boolean startsUtf8Sequence(byte[] text, int at, int end) {
        int lead = text[at] & 0xFF;
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
            if ((text[at + i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Leaves the byte stream open: it belongs to the caller (the HTTP request), which reads it to its end. */
    @Override
    public void close() {
        // nothing of ours to release
    }
}
