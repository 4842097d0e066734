package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.Money;

/** Text that {@link Money} accepts as an ISO 4217 currency code such as GBP; null is allowed. The message is the domain's reason. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = CurrencyCodeText.Check.class)
public @interface CurrencyCodeText {

    String message() default "must be an ISO 4217 currency code such as GBP";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends DomainTextCheck<CurrencyCodeText> {

        public Check() {
            super(Money::parseCurrency);
        }
    }
}
