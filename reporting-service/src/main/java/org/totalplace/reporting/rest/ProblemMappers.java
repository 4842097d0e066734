package org.totalplace.reporting.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.totalplace.reporting.service.ConflictException;
import org.totalplace.reporting.service.NotFoundException;
import org.totalplace.reporting.service.PreconditionFailedException;
import org.totalplace.reporting.service.PreconditionRequiredException;
import org.totalplace.reporting.service.RuleViolationException;
import org.totalplace.reporting.service.ServiceException;

/**
 * Every error leaves as {@code application/problem+json} naming what was wrong. A 4xx says what to fix;
 * a 500 is a bug, logged with the correlation id the client receives.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;

    ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    // --- the request body --------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ViolationPaths::isAboutReturnValue)) {
            return internal(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(ViolationPaths.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemKind.VALIDATION, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = JsonPaths.of(e.getPath());
        String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        String message = "is not a field of this request; known fields: " + known;
        return respond(Problem.of(ProblemKind.UNKNOWN_FIELD, "'" + field + "' " + message, path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    /** Valid JSON with a value of the wrong type or outside an enumeration: {@code "region": 5}. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = JsonPaths.of(e.getPath());
        if (field.isEmpty()) {
            return respond(Problem.of(ProblemKind.VALIDATION, "The body must be a JSON object", path(uri),
                    List.of(new Problem.FieldError("", "must be a JSON object"))));
        }
        String message = JsonTypes.expectation(e.getTargetType(), json);
        boolean enumeration = e.getTargetType() != null && e.getTargetType().isEnum();
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null && !enumeration) {
            message = message + " (got " + invalid.getValue() + ")";
        }
        return respond(Problem.of(ProblemKind.VALIDATION, field + " " + message, path(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    /**
     * Quarkus REST hands over unreadable bodies as a 400 wrapping Jackson's exception, and refuses
     * requests no resource method can take with 404, 405, 406 or 415.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        return switch (e.getResponse().getStatus()) {
            case 400 -> respond(Problem.of(ProblemKind.VALIDATION, e.getMessage(), path(uri), List.of()));
            case 404 -> respond(Problem.of(ProblemKind.NOT_FOUND, "Nothing is at " + path(uri), path(uri), List.of()));
            // Quarkus REST gives no Allow header to copy; the OpenAPI document lists each path's methods
            case 405 -> respond(Problem.of(ProblemKind.METHOD_NOT_ALLOWED,
                    request.getMethod() + " is not allowed on " + path(uri), path(uri), List.of()));
            case 406 -> respond(Problem.of(ProblemKind.NOT_ACCEPTABLE, "Cannot answer in any of "
                    + request.getHeaderString(HttpHeaders.ACCEPT) + "; this API speaks application/json",
                    path(uri), List.of(new Problem.FieldError(HttpHeaders.ACCEPT, "must accept application/json"))));
            case 415 -> respond(Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + request.getMediaType() + " is not supported; send application/json", path(uri),
                    List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, "must be application/json"))));
            default -> internal(e, uri);
        };
    }

    /**
     * A body Jackson could not read: malformed JSON if a syntax error is anywhere in the chain (Jackson
     * wraps one met inside a list or an object in a mapping exception that knows the path), else valid
     * JSON that does not fit the request.
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        JsonProcessingException syntax = syntaxError(e);
        if (syntax != null) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? JsonPaths.of(mapping.getPath())
                    : syntax.getProcessor() instanceof JsonParser parser ? JsonPaths.of(parser.getParsingContext()) : "";
            return malformed(syntax, field, uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping.getPath()) : "";
        return respond(Problem.of(ProblemKind.VALIDATION, field + " " + e.getOriginalMessage(), path(uri),
                List.of(new Problem.FieldError(field, e.getOriginalMessage()))));
    }

    private static Response malformed(JsonProcessingException syntax, String field, UriInfo uri) {
        JsonLocation at = syntax.getLocation();
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        String where = line == null ? "" : " at line " + line + ", column " + column;
        return respond(Problem.of(ProblemKind.MALFORMED_JSON, "The body is not well-formed JSON" + where, path(uri),
                List.of(new Problem.FieldError(field, syntax.getOriginalMessage(), line, column))));
    }

    private static JsonProcessingException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException syntax && !(cause instanceof DatabindException)) {
                return syntax;
            }
        }
        return null;
    }

    // --- who is asking ------------------------------------------------------------------------------

    /**
     * No bearer token (401 with {@code WWW-Authenticate: Bearer}), or one that failed verification: expired,
     * not signed by the trusted key, or from another issuer (RFC 6750's {@code error="invalid_token"}). The
     * token itself is never echoed or logged.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        boolean presented = headers != null && headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        Problem problem = unauthenticated(presented, path(uri));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(presented)).build();
    }

    /** A valid token whose role or scope does not allow the request. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(forbidden(e.getMessage(), path(uri)));
    }

    /** {@code presented}: the request carried an Authorization header, which did not verify. */
    static Problem unauthenticated(boolean presented, String path) {
        String detail = presented
                ? "The bearer token is not valid: it has expired, is not signed by the trusted key, or comes from another issuer"
                : "This request needs a bearer token: Authorization: Bearer <token>";
        return Problem.of(ProblemKind.UNAUTHENTICATED, detail, path, List.of());
    }

    /** RFC 6750's challenge: {@code error="invalid_token"} when a token was presented and refused. */
    static String challenge(boolean presented) {
        return presented ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    /** {@code reason}: what {@link Access} refused and why; null when the security layer gave none. */
    static Problem forbidden(String reason, String path) {
        String detail = reason == null || reason.isBlank() ? "The caller's role or scope does not allow this request" : reason;
        return Problem.of(ProblemKind.FORBIDDEN, detail, path, List.of());
    }

    // --- the use cases -----------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return refused(ProblemKind.NOT_FOUND, e, uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return refused(ProblemKind.CONFLICT, e, uri);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return refused(ProblemKind.PRECONDITION_FAILED, e, uri);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return refused(ProblemKind.PRECONDITION_REQUIRED, e, uri);
    }

    // --- bugs --------------------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Internal error %s on %s", correlationId, path(uri));
        Problem problem = new Problem(ProblemKind.INTERNAL.type(), ProblemKind.INTERNAL.title(), 500,
                "An unexpected error occurred; quote correlation id " + correlationId + " when reporting it",
                path(uri), List.of(), correlationId);
        return respond(problem);
    }

    // -----------------------------------------------------------------------------------------------

    private static Response refused(ProblemKind kind, ServiceException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList();
        return respond(Problem.of(kind, e.getMessage(), path(uri), errors));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** A domain rule said no (422 rule-violation), naming the field it is about. */
    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uri) {
        return refused(ProblemKind.RULE_VIOLATION, e, uri);
    }
}
