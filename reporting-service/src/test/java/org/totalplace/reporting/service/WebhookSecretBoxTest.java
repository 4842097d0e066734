package org.totalplace.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file: what is wrong with it is said with the file's name, never with what it holds. */
class WebhookSecretBoxTest {

    @TempDir
    Path directory;

    @Test
    void shouldReadAKeyOfThirtyTwoBytesInBase64() throws Exception {
        Path file = Files.writeString(directory.resolve("key"), Base64.getEncoder().encodeToString(new byte[32]) + "\n");

        assertThat(WebhookSecretBox.load(file).getEncoded()).hasSize(32);
    }

    @Test
    void shouldRefuseAMissingKeyFileSayingHowToMakeOne() {
        Path missing = directory.resolve("absent");

        assertThatThrownBy(() -> WebhookSecretBox.load(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void shouldRefuseAKeyOfTheWrongLengthWithoutShowingIt() throws Exception {
        String shortKey = Base64.getEncoder().encodeToString("sixteen bytes!!!".getBytes());
        Path file = Files.writeString(directory.resolve("short"), shortKey);

        assertThatThrownBy(() -> WebhookSecretBox.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be 32 bytes").hasMessageContaining("not 16")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(shortKey));
    }
}
