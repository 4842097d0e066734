package org.totalplace.pilots.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Limits applied to HTTP requests before they reach a resource. */
@ConfigMapping(prefix = "totalplace.http")
public interface HttpConfig {

    /** Requests declaring a larger {@code Content-Length} are refused with 413. */
    @WithDefault("262144")
    long maxBodyBytes();

    /**
     * Request paths that take file uploads (regular expressions matched against the whole raw path, e.g.
     * {@code /submissions/[^/]+/imports}); their bodies may reach {@link #maxUploadBytes()} instead. None by default.
     */
    Optional<List<String>> uploadPaths();

    /** The limit for bodies sent to an upload path; those are read as a stream, never held whole. */
    @WithDefault("67108864")
    long maxUploadBytes();
}
