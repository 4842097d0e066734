package org.totalplace.pilots.domain;

/**
 * Moving a pilot between programme phases. Pure: no I/O, no framework.
 *
 * <p>The count comes first and redesign builds on it, so a pilot moves forward only; staying in the
 * same phase changes nothing and is allowed.
 */
public final class PhaseRules {

    public static final String PHASE = "phase";

    private PhaseRules() {
    }

    public static TransitionDecision checkMove(ProgrammePhase from, ProgrammePhase to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both phases are required");
        }
        if (to.number() < from.number()) {
            return TransitionDecision.reject(PHASE, "a pilot cannot go back from " + from + " to " + to
                    + "; the phases follow one another");
        }
        return TransitionDecision.allow();
    }
}
