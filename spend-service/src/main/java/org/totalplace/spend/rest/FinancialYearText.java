package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.FinancialYear;

/** Text that {@link FinancialYear} accepts as a financial year such as 2009-10; null is allowed. The message is the domain's reason. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = FinancialYearText.Check.class)
public @interface FinancialYearText {

    String message() default "must be a financial year such as 2009-10";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends DomainTextCheck<FinancialYearText> {

        public Check() {
            super(FinancialYear::parse);
        }
    }
}
