package org.totalplace.pilots.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.Pilot;

/**
 * What the partner body, membership and role use cases share about writing: a pilot's partnership and
 * roles change one request at a time, and the database's last word on uniqueness becomes a 409.
 */
final class PartnerChanges {

    private static final Map<String, Violation> VIOLATION_BY_CONSTRAINT = Map.of(
            "partner_body_code_unique", new Violation("code", "already identifies another partner body"),
            "pilot_partner_body_current", new Violation("body", "is already a current member of this pilot"),
            "parallel_place_code_unique", new Violation("code", "already identifies another parallel place"),
            "parallel_place_name_unique", new Violation("name", "already identifies another parallel place"),
            "parallel_place_alias_unique", new Violation("aliases", "one of them already identifies another parallel place"),
            "partner_body_succession_one_end", new Violation("kind", "the body was already merged or abolished"));

    private PartnerChanges() {
    }

    /**
     * Holds the pilot's row until commit, so that two appointments or joins checked at the same time
     * cannot both pass the rules that each alone would break.
     */
    static void lockForChange(Pilot pilot) {
        Panache.getEntityManager().lock(pilot, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Holds the body's row until commit, so that two successions checked at the same time cannot both pass. */
    static void lockBody(PartnerBody body) {
        Panache.getEntityManager().lock(body, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Writes the change now, so that the version in the event is the stored one and a concurrent change
     * surfaces here as a problem the client can act on, not at commit as a 500.
     */
    static void flush(String what) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The " + what + " was changed by someone else meanwhile; read it again");
        } catch (PersistenceException e) {
            throw conflictOrRethrow(e);
        }
    }

    private static RuntimeException conflictOrRethrow(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                Violation known = VIOLATION_BY_CONSTRAINT.get(violation.getConstraintName());
                if (known != null) {
                    return new ConflictException(known.field() + " " + known.message(), List.of(known));
                }
            }
        }
        return e;
    }
}
