package org.totalplace.governance.domain;

/**
 * When decisions and actions may be added to a meeting's record. Pure. They are what a meeting did, so the
 * meeting must have been held; once its minutes are approved the record is closed, and a correction is a new
 * record at a later meeting.
 */
public final class MeetingRecordRules {

    public static final String STATUS = "status";
    public static final String MINUTES_STATUS = "minutesStatus";

    private MeetingRecordRules() {
    }

    /** May a {@code what} ("decision", "action") be recorded at a meeting in this state? */
    public static RuleDecision checkRecord(String what, MeetingStatus status, MinutesStatus minutes) {
        if (status != MeetingStatus.HELD) {
            String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
            return RuleDecision.reject(STATUS, "the meeting is " + status + "; " + article + what
                    + " is recorded only at a meeting that was HELD");
        }
        if (minutes == MinutesStatus.APPROVED) {
            return RuleDecision.reject(MINUTES_STATUS, "the meeting's minutes are APPROVED, so its record no longer "
                    + "changes; record the " + what + " at a later meeting");
        }
        return RuleDecision.allow();
    }
}
