package org.totalplace.spend.domain;

/**
 * The moves a submission may make: forward one step at a time (DRAFT → SUBMITTED → MODERATED → ACCEPTED), or back
 * to DRAFT from SUBMITTED or MODERATED when it is returned for correction. ACCEPTED is final.
 */
public final class SubmissionTransitions {

    private SubmissionTransitions() {
    }

    /** Whether a move is allowed, and if not, why. */
    public record Decision(boolean allowed, String reason) {

        static Decision allow() {
            return new Decision(true, null);
        }

        static Decision reject(String reason) {
            return new Decision(false, reason);
        }
    }

    public static Decision decide(SubmissionState from, SubmissionState to) {
        if (from == to) {
            return Decision.reject("the submission is already " + from);
        }
        if (from == SubmissionState.ACCEPTED) {
            return Decision.reject("an ACCEPTED submission is final");
        }
        if (to == SubmissionState.DRAFT) {
            return Decision.allow(); // returned for correction from SUBMITTED or MODERATED
        }
        if (to.ordinal() == from.ordinal() + 1) {
            return Decision.allow();
        }
        return Decision.reject("a " + from + " submission can move to " + next(from) + " or back to DRAFT, not to " + to);
    }

    /** Whether ledger files may be imported into, or withdrawn from, a submission in this state. */
    public static Decision decideImportChange(SubmissionState state) {
        return state == SubmissionState.DRAFT
                ? Decision.allow()
                : Decision.reject("the submission is " + state + "; its imports change only while it is DRAFT");
    }

    private static SubmissionState next(SubmissionState from) {
        return SubmissionState.values()[from.ordinal() + 1];
    }
}
