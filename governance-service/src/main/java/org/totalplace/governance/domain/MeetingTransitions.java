package org.totalplace.governance.domain;

import java.time.LocalDate;

/**
 * Which changes a meeting allows. Pure: no I/O, no framework. The agenda is the notice of what a meeting
 * will discuss, so it changes only before the meeting; a meeting that took place or was called off stays so.
 */
public final class MeetingTransitions {

    public static final String STATUS = "status";
    public static final String DATE = "date";

    private MeetingTransitions() {
    }

    public static RuleDecision checkChangeAgenda(MeetingStatus status) {
        if (status != MeetingStatus.SCHEDULED) {
            return RuleDecision.reject(STATUS, "the meeting is " + status
                    + "; its agenda can change only while it is SCHEDULED");
        }
        return RuleDecision.allow();
    }

    public static RuleDecision checkCancel(MeetingStatus status) {
        if (status != MeetingStatus.SCHEDULED) {
            return RuleDecision.reject(STATUS, "the meeting is " + status + "; only a SCHEDULED meeting can be cancelled");
        }
        return RuleDecision.allow();
    }

    /** A meeting is held on or after its day, once. */
    public static RuleDecision checkHold(MeetingStatus status, LocalDate date, LocalDate today) {
        if (status != MeetingStatus.SCHEDULED) {
            return RuleDecision.reject(STATUS, "the meeting is " + status + "; only a SCHEDULED meeting can be held");
        }
        if (date.isAfter(today)) {
            return RuleDecision.reject(DATE, "the meeting is on " + date + ", after today (" + today
                    + "); a meeting is recorded as held on or after its day");
        }
        return RuleDecision.allow();
    }
}
