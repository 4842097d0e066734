package org.totalplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./deploy/run} — starts the whole system in the foreground and stops all of it on Ctrl-C;
 * {@code ./deploy/run stop} — stops a run left in the background.
 */
public final class Launcher {

    static final String READY_LINE = "Total Place is running.";

    private final Path root;
    private final Path runDirectory;

    Launcher(Path root) {
        this.root = root;
        this.runDirectory = root.resolve("deploy/.run");
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(ProjectLayout.root());
        String command = args.length == 0 ? "run" : args[0];
        try {
            switch (command) {
                case "run" -> launcher.run();
                case "stop" -> launcher.stop();
                default -> {
                    System.err.println("usage: ./deploy/run [run|start|stop]");
                    System.exit(2);
                }
            }
        } catch (InfrastructureException e) {
            System.err.println();
            System.err.println("deploy/run: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() {
        Optional<ProcessHandle> previous = recordedLauncher();
        if (previous.isPresent()) {
            throw new InfrastructureException("a run is already going (pid " + previous.get().pid()
                    + "); stop it with ./deploy/run stop");
        }
        Stack stack = new Stack(Stack.Options.forRun(runDirectory, TokenCommand.keysDirectory(root), System.getenv()), Postgres.fromEnvironment(), root);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping services and broker…");
            stack.stop();
            deletePidFiles();
            stopped.countDown();
            System.out.println("stopped.");
        }, "deploy-run-stop"));

        writePidFile("launcher.pid", List.of(ProcessHandle.current().pid()));
        stack.start(line -> System.out.println("  " + line));
        writePidFile("services.pid", stack.pids());

        String token = stack.programmeOfficeToken();
        ReferenceData.Outcome pilots = new ReferenceData(token).loadPilots(root.resolve("deploy/reference-data/pilots.json"),
                stack.baseUrl(ServiceSpec.PILOTS));
        System.out.printf("  reference data: %d pilots registered, %d already present (%d with their areas brought up to date)%n",
                pilots.registered(), pilots.alreadyPresent(), pilots.areasUpdated());
        loadSampleLedger(stack, token);
        loadNationalData(stack, token);

        System.out.println();
        System.out.println(READY_LINE);
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String url = stack.baseUrl(spec);
            System.out.printf("  %-19s %s   Swagger UI %s/q/swagger-ui   health %s/q/health%n",
                    spec.name(), url, url, url);
        }
        System.out.printf("  %-19s %s%n", "kafka", stack.broker().bootstrapServers());
        System.out.printf("  %-19s %s%n", "programme summary", stack.baseUrl(ServiceSpec.REPORTING) + "/programme");
        System.out.printf("  %-19s %s%n", "reports", stack.baseUrl(ServiceSpec.REPORTING)
                + "/reports?format=html   (Budget report: /reports/budget?format=html&financialYear=2010-11)");
        System.out.printf("  %-19s %s%n", "", "(in a browser, the reports need TOTALPLACE_REPORTS_PUBLIC=true ./deploy/run: published reports readable without a token)");
        System.out.printf("  %-19s %s%n", "top-down estimate", stack.baseUrl(ServiceSpec.SPEND)
                + "/pilots/{pilotId}/estimates?year=2009-10");
        System.out.println("  every endpoint but health, metrics and the OpenAPI document and Swagger UI needs a bearer token:");
        System.out.println("    ./deploy/token --role pilot-lead --pilot lewisham --region London   (roles: "
                + String.join(", ", Tokens.ROLES) + ")");
        System.out.println("    T=$(./deploy/token --role programme-office); curl -H \"Authorization: Bearer $T\" "
                + stack.baseUrl(ServiceSpec.PILOTS) + "/pilots");
        System.out.println("  logs: " + runDirectory.resolve("logs") + "   Ctrl-C (or ./deploy/run stop) stops everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Population and the CRA, so that every pilot with areas has a top-down estimate. */
    private static void loadNationalData(Stack stack, String token) {
        if (!Files.isDirectory(ProjectLayout.sharedDir().resolve("data/cra"))) {
            System.out.println("  national data: " + ProjectLayout.sharedDir().resolve("data") + " not found (set TOTALPLACE_SHARED_DIR); no top-down estimates");
            return;
        }
        for (NationalData.Imported i : new NationalData(token).load(stack.baseUrl(ServiceSpec.SPEND))) {
            System.out.printf("  national data %s (%s): %d rows read = %d loaded + %d rejected%s%n", i.dataset(), i.file(),
                    i.rowsRead(), i.rowsLoaded(), i.rowsRejected(),
                    i.loadedTotal() == null ? "" : "; loaded total " + i.loadedTotal() + " (file's unit)");
        }
    }

    /** One month of Gateshead Council's published payments, as real money in the South Tyneside, Gateshead & Sunderland count. */
    private static void loadSampleLedger(Stack stack, String token) {
        Path ledger = ProjectLayout.sharedDir().resolve("data/spend/gateshead/2010-12.csv");
        if (!Files.exists(ledger)) {
            System.out.println("  sample ledger: " + ledger + " not found (set TOTALPLACE_SHARED_DIR); no sample spend loaded");
            return;
        }
        SampleLedger.Reconciliation r = new SampleLedger(token).load(ledger, "Gateshead Council",
                stack.baseUrl(ServiceSpec.PILOTS), "south-tyneside-gateshead-sunderland", stack.baseUrl(ServiceSpec.SPEND));
        if (r.alreadyPresent() > 0) {
            System.out.printf("  sample ledger %s: already loaded (%d spend lines present)%n", r.file(), r.alreadyPresent());
            return;
        }
        System.out.printf("  sample ledger %s (Gateshead Council): %d rows read = %d accepted + %d rejected; accepted total GBP %s%n",
                r.file(), r.rowsRead(), r.accepted(), r.rejected().size(), r.acceptedTotal().toPlainString());
        r.rejected().forEach(x -> System.out.printf("    line %d: %s%n", x.line(), x.reason()));
    }

    void stop() {
        Optional<ProcessHandle> launcher = recordedLauncher();
        if (launcher.isPresent()) {
            launcher.get().destroy();
            awaitExit(launcher.get(), Duration.ofSeconds(60));
            System.out.println("stopped the run with pid " + launcher.get().pid());
        } else {
            System.out.println("no run is going");
        }
        // A launcher killed with -9 cannot stop its services; they are recorded too.
        for (long pid : readPidFile("services.pid")) {
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                p.destroy();
                awaitExit(p, Duration.ofSeconds(20));
                System.out.println("stopped left-over service process " + pid);
            });
        }
        deletePidFiles();
    }

    private Optional<ProcessHandle> recordedLauncher() {
        return readPidFile("launcher.pid").stream().findFirst()
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true));
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            ServiceProcess.pause(Duration.ofMillis(200));
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void writePidFile(String name, List<Long> pids) {
        try {
            Files.createDirectories(runDirectory);
            List<String> lines = new ArrayList<>();
            pids.forEach(p -> lines.add(Long.toString(p)));
            Files.write(runDirectory.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("cannot write " + runDirectory.resolve(name), e);
        }
    }

    private List<Long> readPidFile(String name) {
        Path file = runDirectory.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void deletePidFiles() {
        try {
            Files.deleteIfExists(runDirectory.resolve("launcher.pid"));
            Files.deleteIfExists(runDirectory.resolve("services.pid"));
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
