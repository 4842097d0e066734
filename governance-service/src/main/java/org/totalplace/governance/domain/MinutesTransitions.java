package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What may happen to a meeting's minutes and record. Pure: no I/O, no framework.
 *
 * <p>Minutes are written for a held meeting: NONE → DRAFT (the text may be replaced) → CIRCULATED (the text
 * changes only by a recorded amendment) → APPROVED at a later meeting of the same group. From then on nothing
 * in the meeting's record changes; a mistake found later is put right by a correction, a separate record.
 */
public final class MinutesTransitions {

    public static final String STATUS = "status";
    public static final String MINUTES_STATUS = "minutesStatus";
    public static final String APPROVED_AT = "approvedAtMeetingId";

    private MinutesTransitions() {
    }

    /**
     * What the rules need to know of a meeting named as the one approving the minutes, or of the meeting whose
     * minutes they are.
     */
    public record MeetingFacts(UUID id, UUID groupId, LocalDate date, MeetingStatus status) {
    }

    /** May the draft text be written or replaced? */
    public static RuleDecision checkDraft(MeetingStatus meeting, MinutesStatus minutes, MinutesApproval approval) {
        if (meeting != MeetingStatus.HELD) {
            return RuleDecision.reject(STATUS, "the meeting is " + meeting + "; minutes are written once it is HELD");
        }
        return switch (minutes) {
            case NONE, DRAFT -> RuleDecision.allow();
            case CIRCULATED -> RuleDecision.reject(MINUTES_STATUS,
                    "the minutes are CIRCULATED, so their text is fixed; propose an amendment instead");
            case APPROVED -> approved(approval);
        };
    }

    public static RuleDecision checkCirculate(MinutesStatus minutes, MinutesApproval approval) {
        return switch (minutes) {
            case DRAFT -> RuleDecision.allow();
            case NONE -> RuleDecision.reject(MINUTES_STATUS, "there are no minutes yet; write a draft first");
            case CIRCULATED -> RuleDecision.reject(MINUTES_STATUS, "the minutes are already CIRCULATED");
            case APPROVED -> approved(approval);
        };
    }

    /** Amendments are made to circulated minutes, before the group approves them. */
    public static RuleDecision checkAmend(MinutesStatus minutes, MinutesApproval approval) {
        return switch (minutes) {
            case CIRCULATED -> RuleDecision.allow();
            case NONE, DRAFT -> RuleDecision.reject(MINUTES_STATUS, "the minutes are " + minutes
                    + "; only CIRCULATED minutes are amended (replace the draft text instead)");
            case APPROVED -> approved(approval);
        };
    }

    public static RuleDecision checkApprove(MinutesStatus minutes, MinutesApproval approval) {
        return switch (minutes) {
            case CIRCULATED -> RuleDecision.allow();
            case NONE, DRAFT -> RuleDecision.reject(MINUTES_STATUS, "the minutes are " + minutes
                    + "; they are approved once CIRCULATED to the group");
            case APPROVED -> approved(approval);
        };
    }

    /** Corrections are for approved minutes only; until then the text can still be put right. */
    public static RuleDecision checkCorrect(MinutesStatus minutes) {
        if (minutes != MinutesStatus.APPROVED) {
            return RuleDecision.reject(MINUTES_STATUS, "the minutes are " + minutes
                    + "; a correction is recorded against APPROVED minutes, before that change the minutes themselves");
        }
        return RuleDecision.allow();
    }

    /** May the meeting's attendance be recorded or changed? */
    public static RuleDecision checkRecordAttendance(MeetingStatus meeting, MinutesStatus minutes,
                                                     MinutesApproval approval) {
        if (meeting == MeetingStatus.CANCELLED) {
            return RuleDecision.reject(STATUS, "the meeting was CANCELLED; no one attended it");
        }
        return minutes == MinutesStatus.APPROVED ? approved(approval) : RuleDecision.allow();
    }

    /** Is {@code approving} a meeting at which the minutes of {@code minuted} can be approved? (422 when not.) */
    public static RuleDecision checkApprovingMeeting(MeetingFacts minuted, MeetingFacts approving) {
        if (approving.id().equals(minuted.id())) {
            return RuleDecision.reject(APPROVED_AT, "names the meeting the minutes record; minutes are approved at a "
                    + "later meeting of the group");
        }
        if (!approving.groupId().equals(minuted.groupId())) {
            return RuleDecision.reject(APPROVED_AT, "names a meeting of another group; minutes are approved by the "
                    + "group whose meeting they record");
        }
        if (!approving.date().isAfter(minuted.date())) {
            return RuleDecision.reject(APPROVED_AT, "names the meeting of " + approving.date()
                    + ", which is not after the meeting of " + minuted.date() + " the minutes record");
        }
        if (approving.status() == MeetingStatus.CANCELLED) {
            return RuleDecision.reject(APPROVED_AT, "names the meeting of " + approving.date()
                    + ", which was CANCELLED");
        }
        return RuleDecision.allow();
    }

    private static RuleDecision approved(MinutesApproval approval) {
        String where = approval == null ? "" : " " + approval.describe();
        return RuleDecision.reject(MINUTES_STATUS, "the minutes were APPROVED" + where
                + "; an approved record never changes: record a correction instead");
    }
}
