package org.totalplace.spend.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/** The shared public data as the service is configured to read it, for tests to read the raw files themselves. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
        Path shared = ConfigProvider.getConfig().getValue("totalplace.shared-dir", Path.class);
        return shared.toAbsolutePath().normalize().resolve("data").resolve(relative);
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
