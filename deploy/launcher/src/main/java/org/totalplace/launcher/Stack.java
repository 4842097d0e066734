package org.totalplace.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine: the Kafka broker, one PostgreSQL database per service and the four
 * services. {@code ./deploy/run} starts it on the well-known ports and databases; the end-to-end tests
 * start it on free ports with throw-away databases.
 */
public final class Stack implements AutoCloseable {

    /** How to start: fixed ports and named databases for a run, free ports and unique databases for a test. */
    public record Options(Path workDirectory, boolean throwAwayDatabases, int kafkaPort, int kafkaControllerPort,
                          Map<ServiceSpec, Integer> ports, Path keysDirectory, String issuer) {

        /** The run's key pair is kept in {@code keysDirectory} (git-ignored) so that {@code ./deploy/token} signs with it. */
        public static Options forRun(Path workDirectory, Path keysDirectory, Map<String, String> env) {
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                ports.put(spec, intVariable(env, spec.portVariable(), spec.defaultPort()));
            }
            return new Options(workDirectory, false, intVariable(env, "KAFKA_PORT", 9092),
                    intVariable(env, "KAFKA_CONTROLLER_PORT", 9093), ports, keysDirectory,
                    Tokens.issuerFromEnvironment(env));
        }

        public static Options forTest(Path workDirectory) {
            Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
            ServiceSpec.ALL.forEach(spec -> ports.put(spec, FreePorts.next()));
            return new Options(workDirectory, true, FreePorts.next(), FreePorts.next(), ports,
                    workDirectory.resolve("keys"), Tokens.DEFAULT_ISSUER);
        }

        private static int intVariable(Map<String, String> env, String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new InfrastructureException(name + " must be a port number, got '" + value + "'");
            }
        }
    }

    private final Options options;
    private final Postgres postgres;
    private final Path projectRoot;
    private final KafkaBroker broker;
    private Tokens tokens;
    private final Map<ServiceSpec, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<ServiceSpec, String> databases = new LinkedHashMap<>();

    public Stack(Options options, Postgres postgres, Path projectRoot) {
        this.options = options;
        this.postgres = postgres;
        this.projectRoot = projectRoot;
        this.broker = KafkaBroker.at(options.workDirectory().resolve("kafka"), options.kafkaPort(),
                options.kafkaControllerPort());
    }

    /** Starts everything; on any failure stops what it already started and rethrows. */
    public Stack start(Consumer<String> progress) {
        try {
            postgres.checkReachable();
            progress.accept("PostgreSQL " + postgres.describe() + " reachable");
            for (ServiceSpec spec : ServiceSpec.ALL) {
                String database = options.throwAwayDatabases()
                        ? postgres.createUniqueDatabase(spec.database())
                        : spec.database();
                if (!options.throwAwayDatabases() && postgres.ensureDatabase(database)) {
                    progress.accept("created database " + database);
                }
                databases.put(spec, database);
            }
            tokens = new Tokens(Keys.inDirectory(options.keysDirectory()), options.issuer());
            progress.accept("tokens: issuer " + options.issuer() + ", public key "
                    + Keys.publicKeyFile(options.keysDirectory()));
            broker.start();
            broker.createTopics(Topics.ALL);
            progress.accept("Kafka broker up at " + broker.bootstrapServers() + " (topics: " + String.join(", ", Topics.ALL) + ")");
            for (ServiceSpec spec : ServiceSpec.ALL) {
                services.put(spec, newProcess(spec).start());
            }
            for (ServiceProcess service : services.values()) {
                service.awaitReady();
                progress.accept(service.spec().name() + " ready at " + service.baseUrl());
            }
            return this;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private ServiceProcess newProcess(ServiceSpec spec) {
        Map<String, String> env = ServiceEnvironment.of(spec, postgres, databases.get(spec), broker,
                options.keysDirectory(), options.issuer());
        Path log = options.workDirectory().resolve("logs").resolve(spec.name() + ".log");
        return new ServiceProcess(spec, spec.jar(projectRoot), options.ports().get(spec), log, env);
    }

    /** Mints tokens the running services accept (available once {@link #start} has begun). */
    public Tokens tokens() {
        if (tokens == null) {
            throw new IllegalStateException("the stack has not been started");
        }
        return tokens;
    }

    /** A programme-office token for loading data and for tests, valid for 12 hours. */
    public String programmeOfficeToken() {
        return tokens().programmeOffice(java.time.Duration.ofHours(12));
    }

    public KafkaBroker broker() {
        return broker;
    }

    public ServiceProcess service(ServiceSpec spec) {
        ServiceProcess process = services.get(spec);
        if (process == null) {
            throw new IllegalStateException(spec.name() + " is not part of this stack");
        }
        return process;
    }

    public String baseUrl(ServiceSpec spec) {
        return service(spec).baseUrl();
    }

    public String jdbcUrl(ServiceSpec spec) {
        return postgres.jdbcUrl(databases.get(spec));
    }

    public Postgres postgres() {
        return postgres;
    }

    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        services.values().forEach(s -> pids.add(s.pid()));
        return pids;
    }

    /** Stops the services, then the broker; throw-away databases are dropped. Safe to call twice. */
    public synchronized void stop() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::stop);
        broker.stop();
        if (options.throwAwayDatabases()) {
            databases.values().forEach(db -> {
                try {
                    postgres.dropDatabase(db);
                } catch (InfrastructureException e) {
                    System.err.println("could not drop test database " + db + ": " + e.getMessage());
                }
            });
            databases.clear();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
