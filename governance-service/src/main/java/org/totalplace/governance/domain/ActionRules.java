package org.totalplace.governance.domain;

import java.time.LocalDate;

/** Rules for a new action. Pure. */
public final class ActionRules {

    public static final String DUE_DATE = "dueDate";

    private ActionRules() {
    }

    /** An action agreed at a meeting cannot have been due before that meeting. */
    public static RuleDecision checkDueDate(LocalDate dueDate, LocalDate meetingDate) {
        if (dueDate.isBefore(meetingDate)) {
            return RuleDecision.reject(DUE_DATE, "must be on or after the meeting's date (" + meetingDate
                    + "); an action cannot be due before it was agreed");
        }
        return RuleDecision.allow();
    }
}
