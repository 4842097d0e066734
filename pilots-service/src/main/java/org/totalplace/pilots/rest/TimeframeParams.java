package org.totalplace.pilots.rest;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.service.Timeframe;

/**
 * {@code ?asOf=2009-10-01} (the periods that include that day; today when absent) or
 * {@code ?history=true} (every period) of a list of memberships or roles; not both.
 */
@TimeframeParams.AsOfOrHistory
public class TimeframeParams {

    @QueryParam("asOf")
    @Schema(description = "Only the periods that include this day; today when absent", example = "2009-10-01")
    @IsoDate
    String asOf;

    @QueryParam("history")
    @DefaultValue("false")
    @Schema(description = "true for every period, past and present, instead of those on one day", example = "false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String history;

    Timeframe timeframe() {
        return new Timeframe(Optional.ofNullable(asOf).map(LocalDate::parse), Boolean.parseBoolean(history));
    }

    /** A history has no day to be as of. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = AsOfOrHistory.Check.class)
    public @interface AsOfOrHistory {

        String message() default "cannot be combined with history=true, which lists every period";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<AsOfOrHistory, TimeframeParams> {

            @Override
            public boolean isValid(TimeframeParams params, ConstraintValidatorContext context) {
                if (params == null || params.asOf == null || !"true".equals(params.history)) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("asOf").addConstraintViolation();
                return false;
            }
        }
    }
}
