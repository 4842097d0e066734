package org.totalplace.pilots.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where and how the outbox relay publishes this service's events. */
@ConfigMapping(prefix = "totalplace.outbox")
public interface OutboxConfig {

    /** The topic every event of this service goes to, e.g. {@code totalplace.pilots.v1} for pilots-service. */
    String topic();

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /pilots-service} for pilots-service. */
    String source();

    /** How often the relay looks for unsent events when no commit has woken it (a safety net). */
    @WithDefault("2s")
    Duration pollInterval();

    /** How many events the relay publishes per transaction at most. */
    @WithDefault("200")
    int batchSize();
}
