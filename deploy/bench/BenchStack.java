import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.totalplace.launcher.FreePorts;
import org.totalplace.launcher.KafkaBroker;
import org.totalplace.launcher.Keys;
import org.totalplace.launcher.Postgres;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.launcher.ServiceEnvironment;
import org.totalplace.launcher.ServiceProcess;
import org.totalplace.launcher.ServiceSpec;
import org.totalplace.launcher.Tokens;
import org.totalplace.launcher.Topics;

/**
 * Starts what a benchmark needs, with the launcher's own classes (as ./deploy/run and the end-to-end tests do), but
 * only the services named and on throw-away state: a Kafka broker on free ports with its data in WORK_DIR, one new
 * database per service (e.g. spend_test_202611230205_k3x9q) and each service's packaged jar on a free port, with
 * the same JVM options as ./deploy/run.
 *
 * <p>Run with the launcher's class path: {@code java -cp "deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar:
 * deploy/launcher/target/lib/*" deploy/bench/BenchStack.java WORK_DIR spend-service [more services]}.
 *
 * <p>The services verify bearer tokens against a key pair made in WORK_DIR/keys; a programme-office token for the
 * benchmark's requests is written to WORK_DIR/token (owner-only), named by {@code BENCH_TOKEN_FILE=…}.
 *
 * <p>When everything is ready it prints {@code <NAME>_URL=…} and {@code <NAME>_DB=…} lines (NAME as SPEND for
 * spend-service), {@code KAFKA_BOOTSTRAP=…}, {@code BENCH_TOKEN_FILE=…} and then {@code READY}. It stops the services and the broker and drops
 * the databases when its standard input closes or when it gets SIGTERM/SIGINT, and also if starting fails.
 */
public final class BenchStack {

    private final Postgres postgres = Postgres.fromEnvironment();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();
    private KafkaBroker broker;
    private boolean stopped;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BenchStack WORK_DIR SERVICE...   (SERVICE: pilots-service, spend-service, ...)");
            System.exit(2);
        }
        BenchStack stack = new BenchStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "bench-stack-stop"));
        try {
            stack.start(Path.of(args[0]).toAbsolutePath(), List.of(args).subList(1, args.length));
        } catch (RuntimeException e) {
            System.err.println("bench stack: " + e.getMessage());
            System.exit(1); // the shutdown hook stops whatever had started
        }
        System.out.println("READY");
        System.out.flush();
        // Until the benchmark closes our standard input (or ends us with a signal).
        InputStream in = System.in;
        while (in.read() >= 0) {
            // ignore input
        }
        System.exit(0);
    }

    private void start(Path work, List<String> names) throws IOException {
        Files.createDirectories(work.resolve("logs"));
        postgres.checkReachable();
        broker = KafkaBroker.onFreePorts(work.resolve("kafka"));
        broker.start();
        broker.createTopics(Topics.ALL);
        System.out.println("KAFKA_BOOTSTRAP=" + broker.bootstrapServers());
        Path keys = work.resolve("keys");
        Tokens tokens = new Tokens(Keys.inDirectory(keys), Tokens.DEFAULT_ISSUER);
        Path tokenFile = Files.createFile(work.resolve("token"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tokenFile, tokens.programmeOffice(Duration.ofHours(12)));
        System.out.println("BENCH_TOKEN_FILE=" + tokenFile);
        Map<ServiceSpec, ServiceProcess> started = new LinkedHashMap<>();
        for (String name : names) {
            ServiceSpec spec = ServiceSpec.ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service called " + name));
            String database = postgres.createUniqueDatabase(spec.database());
            synchronized (this) {
                databases.add(database);
            }
            Map<String, String> env = ServiceEnvironment.of(spec, postgres, database, broker, keys, tokens.issuer());
            ServiceProcess process = new ServiceProcess(spec, spec.jar(ProjectLayout.root()), FreePorts.next(),
                    work.resolve("logs").resolve(spec.name() + ".log"), env);
            synchronized (this) {
                services.add(process);
            }
            process.start();
            started.put(spec, process);
            String key = spec.database().toUpperCase();
            System.out.println(key + "_DB=" + database);
            System.out.println(key + "_LOG=" + process.logFile());
        }
        for (Map.Entry<ServiceSpec, ServiceProcess> e : started.entrySet()) {
            e.getValue().awaitReady();
            System.out.println(e.getKey().database().toUpperCase() + "_URL=" + e.getValue().baseUrl());
            System.out.println(e.getKey().database().toUpperCase() + "_PID=" + e.getValue().pid());
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        if (broker != null) {
            broker.stop();
        }
        for (String database : databases) {
            try {
                postgres.dropDatabase(database);
                System.err.println("bench stack: dropped database " + database);
            } catch (RuntimeException e) {
                System.err.println("bench stack: could not drop database " + database + ": " + e.getMessage());
            }
        }
    }
}
