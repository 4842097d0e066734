package org.totalplace.pilots.domain;

import java.time.LocalDate;

/**
 * What may happen to a milestone. Pure: no I/O, no framework.
 *
 * <p>A milestone is PLANNED until its outcome is recorded: MET (on a date, which has to have come)
 * or MISSED. An outcome is the programme's record of what happened, so it is final: neither the
 * outcome nor the milestone's title or due date changes afterwards.
 */
public final class MilestoneTransitions {

    public static final String STATUS = "status";
    public static final String MET_ON = "metOn";

    private MilestoneTransitions() {
    }

    /** May a milestone in {@code current} have its title or due date changed? */
    public static TransitionDecision checkRevision(MilestoneStatus current) {
        if (current.isFinal()) {
            return TransitionDecision.reject(STATUS, "the milestone is " + current
                    + " and its record is final; its title and due date no longer change");
        }
        return TransitionDecision.allow();
    }

    /** May a milestone in {@code current} move to {@code target}? Staying PLANNED is allowed and changes nothing. */
    public static TransitionDecision checkOutcome(MilestoneStatus current, MilestoneStatus target) {
        if (current == null || target == null) {
            throw new IllegalArgumentException("both statuses are required");
        }
        if (current.isFinal() && target != current) {
            return TransitionDecision.reject(STATUS, "the milestone is " + current + ", which is final; it cannot become "
                    + target);
        }
        if (current.isFinal()) {
            return TransitionDecision.reject(STATUS, "the milestone is already " + current + ", which is final");
        }
        return TransitionDecision.allow();
    }

    /**
     * Is {@code metOn} right for a milestone moving to {@code target}, on {@code today}? A MET milestone says
     * when it was met, which cannot be after today; no other status has such a date.
     */
    public static TransitionDecision checkMetOn(MilestoneStatus target, LocalDate metOn, LocalDate today) {
        if (target == MilestoneStatus.MET && metOn == null) {
            return TransitionDecision.reject(MET_ON, "a MET milestone needs the date it was met");
        }
        if (target != MilestoneStatus.MET && metOn != null) {
            return TransitionDecision.reject(MET_ON, "only a MET milestone has the date it was met; this one is "
                    + target);
        }
        if (metOn != null && metOn.isAfter(today)) {
            return TransitionDecision.reject(MET_ON, "cannot be after today (" + today + ")");
        }
        return TransitionDecision.allow();
    }
}
