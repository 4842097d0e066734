package org.totalplace.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its module, its own database, its default port and the heap it starts with (all have
 * at most 320 MB).
 */
public record ServiceSpec(String name, String database, int defaultPort, String initialHeap) {

    public static final String MAX_HEAP = "320m";

    public static final ServiceSpec PILOTS = new ServiceSpec("pilots-service", "pilots", 8081, "64m");
    public static final ServiceSpec GOVERNANCE = new ServiceSpec("governance-service", "governance", 8082, "64m");
    /**
     * Starts at its whole heap: a 100,000-line ledger import makes some 200 MB of short-lived objects, and a heap
     * grown from 64 MB gave it a young generation of about 25 MB, so eight young collections per import and, every
     * few imports, a full one of about 80 ms (deploy/bench/README.md).
     */
    public static final ServiceSpec SPEND = new ServiceSpec("spend-service", "spend", 8083, MAX_HEAP);
    public static final ServiceSpec REPORTING = new ServiceSpec("reporting-service", "reporting", 8084, "64m");

    public static final List<ServiceSpec> ALL = List.of(PILOTS, GOVERNANCE, SPEND, REPORTING);

    public Path jar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** {@code PILOTS_PORT}, {@code GOVERNANCE_PORT}, … override the default port. */
    public String portVariable() {
        return database.toUpperCase() + "_PORT";
    }
}
