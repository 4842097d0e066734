package org.totalplace.pilots.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Text that is an ISO-8601 calendar date that exists ({@code 2009-10-01}, not {@code 2010-02-30}); null is allowed. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

    String message() default "must be an ISO-8601 date, e.g. 2009-10-01";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException notADate) {
                return false;
            }
        }
    }
}
