package org.totalplace.governance.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code ?asOf=2009-10-01} (the memberships that include that day; today when absent) or {@code ?history=true}
 * (every membership there has been); not both.
 */
@MembershipListParams.ADayNotAHistory
public class MembershipListParams {

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @QueryParam("asOf")
    @Schema(description = "Only the memberships that include this day; today when absent", example = "2009-10-01")
    @Pattern(regexp = ISO_DATE, message = "must be an ISO-8601 date, e.g. 2009-10-01")
    String asOf;

    @QueryParam("history")
    @DefaultValue("false")
    @Schema(description = "true for every membership, past and present, instead of those on one day",
            example = "false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String history;

    Optional<LocalDate> asOfDay() {
        return Optional.ofNullable(asOf).map(LocalDate::parse);
    }

    boolean wholeHistory() {
        return Boolean.parseBoolean(history);
    }

    /** asOf, when it looks like a date, is a day that exists (not 2010-02-30), and a history has no day to be as of. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ADayNotAHistory.Check.class)
    public @interface ADayNotAHistory {

        String message() default "must be a day that exists, and cannot be combined with history=true";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<ADayNotAHistory, MembershipListParams> {

            @Override
            public boolean isValid(MembershipListParams params, ConstraintValidatorContext context) {
                if (params == null || params.asOf == null || !params.asOf.matches(ISO_DATE)) {
                    return true;
                }
                String problem = null;
                try {
                    LocalDate.parse(params.asOf);
                } catch (DateTimeParseException notADay) {
                    problem = "must be a day that exists, e.g. 2009-10-01";
                }
                if (problem == null && "true".equals(params.history)) {
                    problem = "cannot be combined with history=true, which lists every membership";
                }
                if (problem == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addPropertyNode("asOf").addConstraintViolation();
                return false;
            }
        }
    }
}
