package org.totalplace.pilots.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.totalplace.pilots.domain.TransitionDecision;

/** What the timetable's use cases share: refusing with a rule's reason, and writing before the event. */
final class TimetableWrites {

    private TimetableWrites() {
    }

    /** @throws ConflictException with the rule's reason when the rule said no */
    static void conflictUnlessAllowed(TransitionDecision decision) {
        if (decision.rejected()) {
            throw new ConflictException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
    }

    /** @throws RuleViolationException with the rule's reason when the rule said no */
    static void ruleViolationUnlessAllowed(TransitionDecision decision) {
        if (decision.rejected()) {
            throw new RuleViolationException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
    }

    /**
     * Writes the change now, so that the version in the event is the stored one and a concurrent change
     * surfaces as a problem the client can act on (412, or 409 for a second submission to one point).
     */
    static void flush(String what) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The " + what + " was changed by someone else meanwhile; read it again");
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                    switch (violation.getConstraintName()) {
                        case "submission_one_per_pilot_and_point" -> throw new ConflictException(
                                "The pilot already has a submission to this reporting point",
                                List.of(new Violation("reportingPoint", "already has a submission from this pilot")));
                        // Hibernate inserts before it updates, so a concurrent change to the same submission
                        // meets these unique keys before the version check
                        case "submission_state_change_order", "submission_section_pkey" ->
                                throw new PreconditionFailedException(
                                        "The " + what + " was changed by someone else meanwhile; read it again");
                        default -> {
                            // not ours to explain
                        }
                    }
                }
            }
            throw e;
        }
    }
}
