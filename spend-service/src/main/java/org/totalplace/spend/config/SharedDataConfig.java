package org.totalplace.spend.config;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the shared public data lives (read in place, never copied): {@code <shared-dir>/data/...}.
 *
 * <p>A {@code @ConfigProperty}, not a {@code @ConfigMapping}: a mapping would need the prefix
 * {@code totalplace}, and SmallRye then refuses to start because the system properties surefire sets
 * ({@code totalplace.shared.dir}, {@code totalplace.project.dir}, ...) map to none of its members.
 */
@Singleton
public class SharedDataConfig {

    private final Path sharedDir;

    /** @param sharedDir the shared folder; a relative path is taken from the working directory (the project root in a run) */
    SharedDataConfig(@ConfigProperty(name = "totalplace.shared-dir") Path sharedDir) {
        this.sharedDir = sharedDir.toAbsolutePath().normalize();
    }

    public static SharedDataConfig at(Path sharedDir) {
        return new SharedDataConfig(sharedDir);
    }

    public Path sharedDir() {
        return sharedDir;
    }

    public Path data(String relative) {
        return sharedDir.resolve("data").resolve(relative);
    }
}
