package org.totalplace.spend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the recount worker looks for pilot-years whose ledger lines changed (see {@code CountQueue}). */
@ConfigMapping(prefix = "totalplace.recount")
public interface RecountConfig {

    /**
     * Whether this instance runs the recount worker. Off, marked years are recounted only when a reader asks for
     * their figures (and by instances that have it on).
     */
    @WithDefault("true")
    boolean worker();

    /** How often the worker looks for marked years when no commit has woken it (a safety net, e.g. after a crash). */
    @WithDefault("5s")
    Duration pollInterval();
}
