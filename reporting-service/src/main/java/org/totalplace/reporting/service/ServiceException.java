package org.totalplace.reporting.service;

import java.util.List;

/** A use case refused the request; the REST layer turns each subclass into its problem kind. */
public abstract class ServiceException extends RuntimeException {

    private final List<Violation> violations;

    protected ServiceException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
