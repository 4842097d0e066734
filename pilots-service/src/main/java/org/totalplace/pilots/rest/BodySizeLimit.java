package org.totalplace.pilots.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.totalplace.pilots.config.HttpConfig;

/**
 * Refuses, before any resource is chosen, a request whose declared body is over {@code totalplace.http.max-body-bytes}
 * ({@code max-upload-bytes} on the configured upload paths).
 */
public class BodySizeLimit {

    private final HttpConfig config;
    private final List<Pattern> uploadPaths;

    BodySizeLimit(HttpConfig config) {
        this.config = config;
        this.uploadPaths = config.uploadPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizeBody(ContainerRequestContext request) {
        long declared = request.getLength();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        long limit = uploadPaths.stream().anyMatch(upload -> upload.matcher(path).matches())
                ? config.maxUploadBytes() : config.maxBodyBytes();
        if (declared <= limit) {
            return null;
        }
        String message = "must be at most " + limit + " bytes";
        return ProblemMappers.respond(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The body has " + declared + " bytes; it " + message, path,
                List.of(new Problem.FieldError(HttpHeaders.CONTENT_LENGTH, message))));
    }
}
