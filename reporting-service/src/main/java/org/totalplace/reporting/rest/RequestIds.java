package org.totalplace.reporting.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.totalplace.reporting.audit.RequestTrace;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sensible token (a gateway's, say), else a
 * new UUID. It is echoed in the response and recorded in the audit entries of the changes the request made.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final RequestTrace trace;

    RequestIds(RequestTrace trace) {
        this.trace = trace;
    }

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        trace.requestId(given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (trace.requestId() != null) {
            response.getHeaders().putSingle(HEADER, trace.requestId());
        }
    }
}
