package org.totalplace.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.totalplace.launcher.Keys;
import org.totalplace.launcher.Tokens;

/**
 * Bearer tokens for {@code @QuarkusTest}s, signed with the key pair whose public half
 * {@link RealInfrastructure} hands the service under test. One pair per test JVM, kept in a temporary
 * directory named by a system property, so that every class loader of the JVM (Quarkus loads tests and
 * test resources apart) signs with the same key. Also the tokens a service must refuse.
 */
public final class TestTokens {

    static final String KEYS_DIRECTORY_PROPERTY = "totalplace.test.keys.dir";

    private static Keys keys;

    private TestTokens() {
    }

    /** The issuer the services under test expect. */
    public static String issuer() {
        return Tokens.DEFAULT_ISSUER;
    }

    /** The test JVM's key pair, created on first use. */
    public static synchronized Keys keys() {
        if (keys == null) {
            keys = Keys.inDirectory(keysDirectory());
        }
        return keys;
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static Path publicKeyFile() {
        keys();
        return Keys.publicKeyFile(keysDirectory()).toAbsolutePath();
    }

    /** The test run's key for sealing webhook secrets ({@code totalplace.webhooks.secret-key-location}), beside the pair. */
    public static Path webhookSecretKeyFile() {
        synchronized (System.getProperties()) {
            return Keys.webhookSecretKeyFile(keysDirectory()).toAbsolutePath();
        }
    }

    /** What {@link RealInfrastructure} sets as {@code RestAssured.authentication}: the programme office. */
    public static String programmeOffice() {
        return tokens().programmeOffice(Duration.ofHours(12));
    }

    /** A valid token for {@code role} (see {@link Tokens#ROLES}), scoped to {@code pilots} and {@code region} (may be null). */
    public static String forRole(String role, List<String> pilots, String region) {
        return tokens().mint(new Tokens.Claims(role + "@test.totalplace.local", role, pilots, region), Duration.ofHours(1));
    }

    /** A programme-office token that expired an hour ago (well past any clock skew allowance). */
    public static String expired() {
        Instant now = Instant.now();
        return tokens().mint(Tokens.Claims.programmeOffice(), now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
    }

    /** A programme-office token, correctly signed, from an issuer the services do not trust. */
    public static String fromAnotherIssuer() {
        return new Tokens(keys(), "https://elsewhere.example.org/").programmeOffice(Duration.ofHours(1));
    }

    /** A programme-office token with the right issuer, signed by a key the services do not know. */
    public static String signedByAnotherKey() {
        return new Tokens(Keys.generate(), issuer()).programmeOffice(Duration.ofHours(1));
    }

    private static Tokens tokens() {
        return new Tokens(keys(), issuer());
    }

    private static Path keysDirectory() {
        synchronized (System.getProperties()) {
            String existing = System.getProperty(KEYS_DIRECTORY_PROPERTY);
            if (existing != null) {
                return Path.of(existing);
            }
            try {
                Path directory = Files.createTempDirectory("totalplace-test-keys-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> RealInfrastructure.deleteTree(directory),
                        "delete-test-keys"));
                System.setProperty(KEYS_DIRECTORY_PROPERTY, directory.toString());
                return directory;
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a directory for the test key pair", e);
            }
        }
    }
}
