package org.totalplace.spend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How consumers retry an event that failed for a reason other than being poison (the database was unreachable,
 * a serialization failure, ...). Each attempt is a fresh transaction; after the last one the record is nacked
 * and goes to the dead-letter topic like poison.
 */
@ConfigMapping(prefix = "totalplace.consumer")
public interface ConsumerRetryConfig {

    /** Attempts in all, including the first. */
    @WithDefault("5")
    int maxAttempts();

    /** Pause after the first failed attempt; doubles after each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest pause between attempts. */
    @WithDefault("5s")
    Duration maxBackoff();
}
