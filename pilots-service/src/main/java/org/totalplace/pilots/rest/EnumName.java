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
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text naming a constant of {@link #value()} exactly ({@code ?type=LOCAL_AUTHORITY}); null is allowed.
 * Read as text so that a wrong name is a 400 naming the parameter, not the 404 JAX-RS gives a failed conversion.
 */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = EnumName.Check.class)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message() default "must name a constant";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EnumName, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(EnumName annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of: "
                            + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")))
                    .addConstraintViolation();
            return false;
        }
    }
}
