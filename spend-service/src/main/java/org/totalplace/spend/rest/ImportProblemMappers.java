package org.totalplace.spend.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.totalplace.spend.service.InvalidRequestException;

/** A request that cannot be carried out as sent (a ledger file or a mapping the service cannot use): 400 validation. */
public class ImportProblemMappers {

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(ProblemKind.VALIDATION, e.getMessage(),
                uri.getRequestUri().getRawPath(),
                e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()));
    }
}
