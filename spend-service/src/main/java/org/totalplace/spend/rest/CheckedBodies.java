package org.totalplace.spend.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Bean Validation of a request body that a resource method runs itself, for the endpoints whose access check needs
 * the body or the record first (a pilot named in the body, a record's state that decides who may act): a caller who
 * may not make the request hears 403 whatever the body holds. Violations answer 400 as {@code @Valid} ones do.
 */
@ApplicationScoped
public class CheckedBodies {

    private final Validator validator;

    CheckedBodies(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
