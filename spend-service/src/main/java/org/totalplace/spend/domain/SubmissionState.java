package org.totalplace.spend.domain;

import java.util.Optional;

/** Where a submission stands in moderation. Ledger files can be imported or withdrawn only while it is a draft. */
public enum SubmissionState {
    DRAFT,
    SUBMITTED,
    MODERATED,
    ACCEPTED;

    /** The state named exactly {@code text}, if any. */
    public static Optional<SubmissionState> named(String text) {
        for (SubmissionState state : values()) {
            if (state.name().equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    public static SubmissionState fromWire(String text) {
        for (SubmissionState state : values()) {
            if (state.name().equals(text)) {
                return state;
            }
        }
        throw new InvalidValueException("must be one of DRAFT, SUBMITTED, MODERATED, ACCEPTED");
    }
}
