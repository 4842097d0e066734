package org.totalplace.pilots.domain;

/** What can be done to a submission, and the state each leads to. */
public enum SubmissionAction {
    SUBMIT(SubmissionState.SUBMITTED),
    ACCEPT(SubmissionState.ACCEPTED),
    RETURN(SubmissionState.RETURNED);

    private final SubmissionState target;

    SubmissionAction(SubmissionState target) {
        this.target = target;
    }

    public SubmissionState target() {
        return target;
    }
}
