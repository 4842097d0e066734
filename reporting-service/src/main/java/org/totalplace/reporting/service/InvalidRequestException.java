package org.totalplace.reporting.service;

import java.util.List;

/** A request parameter is malformed (400, {@code validation}); the violation names the parameter. */
public class InvalidRequestException extends ServiceException {

    public InvalidRequestException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
