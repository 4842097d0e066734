package org.totalplace.reporting.service;

import java.util.List;

/** A domain rule rejected the request although every field is well formed (422, {@code rule-violation}). */
public class RuleViolationException extends ServiceException {

    public RuleViolationException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
