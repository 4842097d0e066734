package org.totalplace.governance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem, sent as {@code application/problem+json} with every 4xx and 5xx.
 *
 * @param type          {@code urn:totalplace:problem:<kind>}, see {@link ProblemKind}
 * @param errors        what was wrong, field by field ({@code name}, {@code aliases[1]}, {@code If-Match};
 *                      {@code ""} is the request body as a whole); empty when no field is to blame
 * @param correlationId only on 500: quote it to find the logged error
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, errors, null);
    }

    /**
     * One thing wrong with the request.
     *
     * @param line   for malformed JSON: where in the body (1-based); otherwise absent
     * @param column likewise
     */
    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, Integer line, Integer column) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
