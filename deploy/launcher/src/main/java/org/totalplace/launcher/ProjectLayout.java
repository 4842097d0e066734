package org.totalplace.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project and the shared data live, for a launcher started from anywhere inside the project. */
public final class ProjectLayout {

    private ProjectLayout() {
    }

    /** The project root: {@code totalplace.project.dir}, or the nearest folder upwards holding {@code mvnw} and {@code deploy/}. */
    public static Path root() {
        String configured = System.getProperty("totalplace.project.dir", System.getenv("TOTALPLACE_PROJECT_DIR"));
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new InfrastructureException("cannot find the project root from " + Path.of("").toAbsolutePath()
                + "; set TOTALPLACE_PROJECT_DIR");
    }

    /** The shared data folder: {@code TOTALPLACE_SHARED_DIR}, else {@code ../shared} beside the project. */
    public static Path sharedDir() {
        String configured = System.getProperty("totalplace.shared.dir", System.getenv("TOTALPLACE_SHARED_DIR"));
        return configured != null ? Path.of(configured).toAbsolutePath().normalize()
                : root().resolveSibling("shared");
    }
}
