package org.totalplace.spend.service;

import java.util.List;

/** The request is well formed but contradicts what is stored (a taken code, name or alias; a changed code). */
public class ConflictException extends ServiceException {

    public ConflictException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
