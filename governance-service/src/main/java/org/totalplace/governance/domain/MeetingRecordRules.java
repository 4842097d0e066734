package org.totalplace.governance.domain;

/**
 * When decisions and actions may be added to a meeting's record. Pure. They are what a meeting did, so the
 * meeting must have been held; once its minutes are approved the record is closed, and a correction is a new
 * record at a later meeting.
 */
public final class MeetingRecordRules {

    public static final String STATUS = "status";
    public static final String MINUTES_STATUS = "minutesStatus";
    public static final String QUORATE = "quorate";

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

    /**
     * A decision binds the group only if the meeting that took it was quorate: an inquorate meeting may still meet,
     * hear items and give actions, but its decisions would not stand. {@code quorate} is null before the meeting is
     * held, which {@link #checkRecord} refuses first.
     */
    public static RuleDecision checkDecide(Boolean quorate) {
        if (Boolean.FALSE.equals(quorate)) {
            return RuleDecision.reject(QUORATE, "the meeting was not quorate, so it could not take decisions; take the "
                    + "item to a quorate meeting, or correct the attendance register if it was wrong");
        }
        return RuleDecision.allow();
    }
}
