package org.totalplace.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The journal's rebuild from the topics ({@code POST /journal/rebuild}). */
@ConfigMapping(prefix = "totalplace.journal")
public interface JournalConfig {

    /** How long reading the three topics to their end offsets may take before the rebuild gives up. */
    @WithDefault("2m")
    Duration rebuildTimeout();
}
