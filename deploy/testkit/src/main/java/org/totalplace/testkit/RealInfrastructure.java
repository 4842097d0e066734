package org.totalplace.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.totalplace.launcher.KafkaBroker;
import org.totalplace.launcher.Postgres;
import org.totalplace.launcher.Topics;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

/**
 * The real infrastructure for one service's {@code @QuarkusTest}s: a uniquely named PostgreSQL database
 * (dropped afterwards) and a Kafka broker of its own on free ports with every topic created (stopped
 * afterwards, also when the JVM dies: the broker exits when our end of its stdin closes), and the key pair
 * that signs the test JVM's bearer tokens ({@link TestTokens}): the service verifies with its public half,
 * and RestAssured sends a programme-office token with every request unless a test says otherwise
 * ({@code given().auth().none()} or {@code given().auth().oauth2(TestTokens.forRole(…))}).
 *
 * <p>Init arg {@code service}: the database name prefix, e.g. {@code pilots}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String service = "service";
    private Postgres postgres;
    private String database;
    private Path brokerDirectory;
    private KafkaBroker broker;
    private Thread cleanup;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        postgres = Postgres.fromEnvironment();
        postgres.checkReachable();
        database = postgres.createUniqueDatabase(service);
        try {
            brokerDirectory = Files.createTempDirectory("totalplace-kafka-" + service + "-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a directory for the test broker", e);
        }
        cleanup = new Thread(this::release, "release-test-infrastructure");
        Runtime.getRuntime().addShutdownHook(cleanup);
        broker = KafkaBroker.onFreePorts(brokerDirectory).start();
        broker.createTopics(Topics.ALL);
        RunningInfrastructure.set(broker, postgres, database);
        RestAssured.authentication = RestAssured.oauth2(TestTokens.programmeOffice());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                // the test JVM's public key file (a temporary directory) in place of the run's
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TestTokens.issuer(),
                // reporting-service's key for sealing webhook secrets, made for the test run (others ignore it)
                "totalplace.webhooks.secret-key-location", TestTokens.webhookSecretKeyFile().toString());
    }

    @Override
    public void stop() {
        release();
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private synchronized void release() {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (database != null) {
            postgres.dropDatabase(database);
            database = null;
        }
        if (brokerDirectory != null) {
            deleteTree(brokerDirectory);
            brokerDirectory = null;
        }
        RunningInfrastructure.clear();
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
