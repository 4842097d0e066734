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
import org.totalplace.pilots.domain.Region;

/** Text naming a region exactly as in JSON ({@code ?region=North%20East}); null is allowed. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = RegionName.Check.class)
public @interface RegionName {

    String message() default "must be the name of a region";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RegionName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Region.fromDisplayName(value).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of: " + String.join(", ", Region.displayNames()))
                    .addConstraintViolation();
            return false;
        }
    }
}
