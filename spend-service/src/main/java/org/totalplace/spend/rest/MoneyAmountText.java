package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.Money;

/** Text that {@link Money} accepts as a decimal string with at most 2 decimal places; null is allowed. The message is the domain's reason. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = MoneyAmountText.Check.class)
public @interface MoneyAmountText {

    String message() default "must be a decimal string with at most 2 decimal places";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends DomainTextCheck<MoneyAmountText> {

        public Check() {
            super(Money::parseAmount);
        }
    }
}
