package org.totalplace.spend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits applied to HTTP requests before they reach a resource. */
@ConfigMapping(prefix = "totalplace.http")
public interface HttpConfig {

    /** Requests declaring a larger {@code Content-Length} are refused with 413. */
    @WithDefault("262144")
    long maxBodyBytes();
}
