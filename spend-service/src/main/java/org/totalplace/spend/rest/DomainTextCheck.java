package org.totalplace.spend.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Consumer;
import org.totalplace.spend.domain.InvalidValueException;

/**
 * A Bean Validation check that asks a domain value object whether it accepts some text, and reports its reason
 * when it does not. Null passes (pair with {@code @NotNull} where a value is required).
 */
abstract class DomainTextCheck<A extends Annotation> implements ConstraintValidator<A, String> {

    private final Consumer<String> parser;

    DomainTextCheck(Consumer<String> parser) {
        this.parser = parser;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            parser.accept(value);
            return true;
        } catch (InvalidValueException refused) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(refused.getMessage())).addConstraintViolation();
            return false;
        }
    }

    /** The domain's reason is a message, not a template: no {@code {…}} or {@code ${…}} may be interpolated. */
    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
