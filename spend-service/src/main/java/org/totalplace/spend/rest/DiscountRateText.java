package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.DiscountRate;

/** Text that {@link DiscountRate} accepts, such as "0.035"; null is allowed. The message is the domain's reason. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = DiscountRateText.Check.class)
public @interface DiscountRateText {

    String message() default "must be a decimal string from 0 to 1, e.g. \"0.035\"";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends DomainTextCheck<DiscountRateText> {

        public Check() {
            super(DiscountRate::parse);
        }
    }
}
