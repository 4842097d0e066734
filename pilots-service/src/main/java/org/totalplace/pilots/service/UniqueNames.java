package org.totalplace.pilots.service;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The database's last word on unique codes, names and aliases, for the rare race that slips past
 * the check made before writing: a unique-index violation becomes a 409 naming the field.
 */
final class UniqueNames {

    private static final Map<String, String> FIELD_BY_CONSTRAINT = Map.of(
            "pilot_code_unique", "code",
            "pilot_name_unique", "name",
            "pilot_alias_unique", "aliases",
            "pilot_name_key_unique", "name");

    private UniqueNames() {
    }

    static RuntimeException conflictOrRethrow(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String field = FIELD_BY_CONSTRAINT.get(violation.getConstraintName());
                if (field != null) {
                    return new ConflictException("A code, name or alias already identifies another pilot",
                            List.of(new Violation(field, "is already used by another pilot")));
                }
            }
        }
        return e;
    }
}
