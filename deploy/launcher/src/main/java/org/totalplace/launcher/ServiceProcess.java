package org.totalplace.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service started from its packaged Quarkus jar, as a child process with its own log file. */
public final class ServiceProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Path jar;
    private final int port;
    private final Path logFile;
    private final Map<String, String> environment;
    private Process process;

    public ServiceProcess(ServiceSpec spec, Path jar, int port, Path logFile, Map<String, String> environment) {
        this.spec = spec;
        this.jar = jar;
        this.port = port;
        this.logFile = logFile;
        this.environment = new LinkedHashMap<>(environment);
    }

    public ServiceSpec spec() {
        return spec;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized ServiceProcess start() {
        if (isRunning()) {
            return this;
        }
        if (!Files.exists(jar)) {
            throw new InfrastructureException(spec.name() + " is not built (" + jar + " is missing); run ./mvnw -DskipTests package");
        }
        if (FreePorts.inUse(port)) {
            throw new InfrastructureException("cannot start " + spec.name() + ": port " + port
                    + " is taken; choose another with " + spec.portVariable() + "=…");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + spec.initialHeap(), "-Xmx" + ServiceSpec.MAX_HEAP,
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // A development run is for this machine only (containers and Kubernetes keep Quarkus' 0.0.0.0).
        builder.environment().putIfAbsent("QUARKUS_HTTP_HOST", "127.0.0.1");
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new InfrastructureException("cannot start " + spec.name(), e);
        }
        return this;
    }

    /** Waits until {@code /q/health/ready} answers UP. */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            Process current;
            synchronized (this) {
                current = process;
            }
            if (current == null || !current.isAlive()) {
                throw new InfrastructureException(spec.name() + " exited during start-up; its log ("
                        + logFile + ") ends with:\n" + KafkaBroker.tail(logFile, 30));
            }
            try {
                HttpResponse<String> response = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("interrupted while waiting for " + spec.name(), e);
            }
            pause(Duration.ofMillis(200));
        }
        throw new InfrastructureException(spec.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; its log (" + logFile + ") ends with:\n" + KafkaBroker.tail(logFile, 30));
    }

    /** Graceful stop (SIGTERM lets Quarkus finish in-flight work), forced after 20 s. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    /** Ends the process abruptly, as a crash would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted", e);
        }
    }
}
