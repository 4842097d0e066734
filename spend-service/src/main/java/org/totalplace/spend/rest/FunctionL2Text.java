package org.totalplace.spend.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.totalplace.spend.domain.CofogFunctions;

/** A COFOG level 2 code the CRA uses ("10.2", "7.A"); null is allowed. "1.4" has the form but is no CRA function. */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = FunctionL2Text.Check.class)
public @interface FunctionL2Text {

    String message() default "is not a COFOG level 2 function of the CRA";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends DomainTextCheck<FunctionL2Text> {

        public Check() {
            super(CofogFunctions::levelOneOf);
        }
    }
}
