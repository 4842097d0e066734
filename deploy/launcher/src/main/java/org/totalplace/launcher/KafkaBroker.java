package org.totalplace.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Apache Kafka broker (KRaft: one process is broker and controller), run as a child
 * JVM from the jars that {@code deploy/broker} copies out of Maven Central.
 *
 * <p>Listeners are bound to 127.0.0.1 only. The child exits when this JVM closes its standard input,
 * so a launcher or test JVM that dies does not leave the broker behind.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Path libDirectory;
    private Process process;

    private KafkaBroker(Path directory, int port, int controllerPort, Path libDirectory) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.libDirectory = libDirectory;
    }

    /** A broker keeping its data in {@code directory}; the data survives a stop and a later start. */
    public static KafkaBroker at(Path directory, int port, int controllerPort) {
        return new KafkaBroker(directory, port, controllerPort, libDirectory());
    }

    public static KafkaBroker onFreePorts(Path directory) {
        return at(directory, FreePorts.next(), FreePorts.next());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return directory.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker (formatting its storage the first time) and waits until it answers. */
    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        if (FreePorts.inUse(port) || FreePorts.inUse(controllerPort)) {
            throw new InfrastructureException("cannot start Kafka: port " + port + " or " + controllerPort
                    + " on 127.0.0.1 is already taken (another broker, or a run left behind: ./deploy/run stop)");
        }
        try {
            Files.createDirectories(directory);
            Path config = writeConfig();
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms64m", "-Xmx256m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dlog4j2.formatMsgNoLookups=true",
                    "-cp", libDirectory.toAbsolutePath() + "/*",
                    "org.totalplace.broker.BrokerMain", config.toString(), "--exit-on-stdin-close"));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new InfrastructureException("cannot start the Kafka broker in " + directory, e);
        }
        awaitReady();
        return this;
    }

    /** Stops the broker gracefully (closing its stdin lets it run Kafka's own shutdown), forcibly if it hangs. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Creates the topics that do not exist yet, each with {@link Topics#PARTITIONS} partitions. */
    public void createTopics(Collection<String> topics) {
        try (Admin admin = admin()) {
            List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, Topics.PARTITIONS, (short) 1)).toList();
            for (var entry : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new InfrastructureException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new InfrastructureException("creating topics timed out on " + bootstrapServers(), e);
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return Admin.create(props);
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        // Only ask the admin client once the listener is up: it logs a warning for every refused connection.
        while (!FreePorts.inUse(port)) {
            failIfExited();
            if (Instant.now().isAfter(deadline)) {
                failStart();
            }
            ServiceProcess.pause(Duration.ofMillis(100));
        }
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                failIfExited();
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // listening, but not serving yet
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while waiting for the Kafka broker", e);
        }
        failStart();
    }

    private void failIfExited() {
        if (!process.isAlive()) {
            throw new InfrastructureException("the Kafka broker exited during start-up (code "
                    + process.exitValue() + "); its log says:\n" + tail(logFile(), 40));
        }
    }

    private void failStart() {
        stop();
        throw new InfrastructureException("the Kafka broker did not answer within " + START_TIMEOUT.toSeconds()
                + " s; its log says:\n" + tail(logFile(), 40));
    }

    private Path writeConfig() throws IOException {
        String config = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=%4$d
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=5
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                min.insync.replicas=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=-1
                """.formatted(port, controllerPort, directory.resolve("data").toAbsolutePath(), Topics.PARTITIONS);
        Path file = directory.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    static Path libDirectory() {
        String configured = System.getProperty("totalplace.kafka.lib", System.getenv("TOTALPLACE_KAFKA_LIB"));
        Path lib = configured != null ? Path.of(configured) : ProjectLayout.root().resolve("deploy/broker/target/lib");
        try (Stream<Path> jars = Files.exists(lib) ? Files.list(lib) : Stream.empty()) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("kafka_2.13"))) {
                throw new InfrastructureException("the Kafka broker's jars are not in " + lib
                        + "; build them with: ./mvnw -pl deploy/broker package");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lib;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }
}
