package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.InvalidValueException;
import org.totalplace.spend.domain.PriceBasis;

/**
 * A price basis the domain accepts: {@code nominal} without a base year, or {@code real} with one. A violation
 * names {@code baseYear} (or {@code kind}), not the object.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PriceBasisRule.Check.class)
public @interface PriceBasisRule {

    String message() default "must be nominal without a base year, or real with one";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PriceBasisRule, PriceBasisJson> {

        @Override
        public boolean isValid(PriceBasisJson basis, ConstraintValidatorContext context) {
            if (basis == null) {
                return true;
            }
            PriceBasis.Kind kind;
            try {
                kind = PriceBasis.Kind.fromWire(basis.kind());
            } catch (InvalidValueException refused) {
                return basis.kind() == null || refuse(context, "kind", refused.getMessage());
            }
            if (kind == PriceBasis.Kind.NOMINAL) {
                return basis.baseYear() == null || refuse(context, "baseYear", "must be null when kind is nominal");
            }
            if (basis.baseYear() == null) {
                return refuse(context, "baseYear", "is required when kind is real");
            }
            try {
                FinancialYear.parse(basis.baseYear());
                return true;
            } catch (InvalidValueException refused) {
                return refuse(context, "baseYear", refused.getMessage());
            }
        }

        private static boolean refuse(ConstraintValidatorContext context, String property, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(DomainTextCheck.escape(message))
                    .addPropertyNode(property)
                    .addConstraintViolation();
            return false;
        }
    }
}
