package org.totalplace.launcher;

import java.nio.file.Path;
import java.util.List;

/** One of the four services: its module, its own database and its default port. */
public record ServiceSpec(String name, String database, int defaultPort) {

    public static final ServiceSpec PILOTS = new ServiceSpec("pilots-service", "pilots", 8081);
    public static final ServiceSpec GOVERNANCE = new ServiceSpec("governance-service", "governance", 8082);
    public static final ServiceSpec SPEND = new ServiceSpec("spend-service", "spend", 8083);
    public static final ServiceSpec REPORTING = new ServiceSpec("reporting-service", "reporting", 8084);

    public static final List<ServiceSpec> ALL = List.of(PILOTS, GOVERNANCE, SPEND, REPORTING);

    public Path jar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** {@code PILOTS_PORT}, {@code GOVERNANCE_PORT}, … override the default port. */
    public String portVariable() {
        return database.toUpperCase() + "_PORT";
    }
}
