package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LedgerDecoderTest {

    private static String readAll(LedgerDecoder decoder) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = decoder) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    @Test
    void shouldDetectWindows1252AtTheFirstByteAbove127() throws IOException {
        byte[] bytes = {'a', ',', (byte) 0xA3, '5', '\n', 'C', 'A', 'F', (byte) 0xC9};
        LedgerDecoder decoder = LedgerDecoder.of(new ByteArrayInputStream(bytes), null);
        assertThat(readAll(decoder)).isEqualTo("a,£5\nCAFÉ");
        assertThat(decoder.description()).isEqualTo("windows-1252 (detected)");
    }

    @Test
    void shouldDetectUtf8AndDropItsByteOrderMark() throws IOException {
        byte[] bytes = "\uFEFFa,£5\nCAFÉ".getBytes(StandardCharsets.UTF_8);
        LedgerDecoder decoder = LedgerDecoder.of(new ByteArrayInputStream(bytes), null);
        assertThat(readAll(decoder)).isEqualTo("a,£5\nCAFÉ");
        assertThat(decoder.description()).isEqualTo("UTF-8 (detected)");
    }

    @Test
    void shouldCallPlainAsciiAscii() throws IOException {
        LedgerDecoder decoder = LedgerDecoder.of(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.US_ASCII)), null);
        assertThat(readAll(decoder)).isEqualTo("a,b\n");
        assertThat(decoder.description()).isEqualTo("US-ASCII (detected)");
    }

    @Test
    void shouldNameTheLineOfBytesThatDoNotFitTheDeclaredEncoding() {
        byte[] bytes = "a\nb\nc\n£".getBytes(StandardCharsets.ISO_8859_1);
        LedgerDecoder decoder = LedgerDecoder.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(decoder))
                .isInstanceOfSatisfying(LedgerDecoder.BadBytesException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void shouldNameTheLineOfAnInvalidUtf8SequenceAfterDetectingUtf8() {
        byte[] good = "x\né\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xA3;
        LedgerDecoder decoder = LedgerDecoder.of(new ByteArrayInputStream(bytes), null);
        assertThatThrownBy(() -> readAll(decoder))
                .isInstanceOfSatisfying(LedgerDecoder.BadBytesException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
