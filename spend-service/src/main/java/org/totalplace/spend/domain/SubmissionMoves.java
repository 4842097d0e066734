package org.totalplace.spend.domain;

/**
 * Who may move a submission, by where it goes: submitting it is the pilot's act ({@link Permission#SUBMIT_SPEND});
 * moderating it, accepting it and returning it to DRAFT for correction are the moderators'
 * ({@link Permission#MODERATE}): once submitted, a count is no longer the pilot's alone to change.
 * Whether the move itself is allowed from the current state is {@link SubmissionTransitions}' question.
 */
public final class SubmissionMoves {

    private SubmissionMoves() {
    }

    public static Permission permissionToMoveTo(SubmissionState target) {
        return switch (target) {
            case SUBMITTED -> Permission.SUBMIT_SPEND;
            case DRAFT, MODERATED, ACCEPTED -> Permission.MODERATE;
        };
    }
}
