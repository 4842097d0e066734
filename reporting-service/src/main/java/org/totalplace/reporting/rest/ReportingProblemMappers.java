package org.totalplace.reporting.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.totalplace.reporting.service.GoneException;
import org.totalplace.reporting.service.InvalidRequestException;

/**
 * The problems only reporting-service has: a report parameter or format it cannot take, an invalid request to the
 * journal. Kept apart from {@link ProblemMappers}, which every service has identically.
 */
public class ReportingProblemMappers {

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList();
        return ProblemMappers.respond(Problem.of(ProblemKind.VALIDATION, e.getMessage(), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(ProblemKind.VALIDATION, e.parameter() + " " + e.getMessage(),
                path(uri), List.of(new Problem.FieldError(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unavailableFormat(UnavailableFormatException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(ProblemKind.NOT_ACCEPTABLE, e.getMessage(), path(uri),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    /** Withdrawn: 410, a kind only this service's open data has. */
    @ServerExceptionMapper
    public Response gone(GoneException e, UriInfo uri) {
        return ProblemMappers.respond(new Problem(GONE_TYPE, "Gone", 410, e.getMessage(), path(uri), List.of(),
                null));
    }

    static final String GONE_TYPE = "urn:totalplace:problem:gone";

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
