package org.totalplace.governance.service;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The database's last word on unique group codes, for the rare race that slips past the check made
 * before writing: the unique-index violation becomes a 409 naming the field.
 */
final class UniqueCodes {

    private static final String CODE_CONSTRAINT = "governance_group_code_unique";

    private UniqueCodes() {
    }

    static RuntimeException conflictOrRethrow(PersistenceException e, String code) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && CODE_CONSTRAINT.equals(violation.getConstraintName())) {
                return GroupService.codeTaken(code);
            }
        }
        return e;
    }
}
