package org.totalplace.spend.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.totalplace.spend.config.HttpConfig;

/** Refuses, before any resource is chosen, a request whose declared body is over {@code totalplace.http.max-body-bytes}. */
public class BodySizeLimit {

    private final HttpConfig config;

    BodySizeLimit(HttpConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizeBody(ContainerRequestContext request) {
        long declared = request.getLength();
        if (declared <= config.maxBodyBytes()) {
            return null;
        }
        String message = "must be at most " + config.maxBodyBytes() + " bytes";
        return ProblemMappers.respond(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The body has " + declared + " bytes; it " + message, request.getUriInfo().getRequestUri().getRawPath(),
                List.of(new Problem.FieldError(HttpHeaders.CONTENT_LENGTH, message))));
    }
}
