package org.totalplace.pilots.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code ?from=2009-06-01&to=2010-03-31}: the days a list covers, both included, either open; not backwards. */
@DayRangeParams.InOrder
public class DayRangeParams {

    @QueryParam("from")
    @Schema(description = "Only those on or after this day", example = "2009-06-01")
    @IsoDate
    String from;

    @QueryParam("to")
    @Schema(description = "Only those on or before this day", example = "2010-03-31")
    @IsoDate
    String to;

    Optional<LocalDate> from() {
        return Optional.ofNullable(from).map(LocalDate::parse);
    }

    Optional<LocalDate> to() {
        return Optional.ofNullable(to).map(LocalDate::parse);
    }

    /** {@code to} is not before {@code from}; a malformed day is {@link IsoDate}'s to report. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = InOrder.Check.class)
    public @interface InOrder {

        String message() default "must not be before from";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<InOrder, DayRangeParams> {

            @Override
            public boolean isValid(DayRangeParams params, ConstraintValidatorContext context) {
                if (params == null || params.from == null || params.to == null) {
                    return true;
                }
                try {
                    if (!LocalDate.parse(params.to).isBefore(LocalDate.parse(params.from))) {
                        return true;
                    }
                } catch (DateTimeParseException malformed) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("to").addConstraintViolation();
                return false;
            }
        }
    }
}
