package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesApproval;

/**
 * Data of {@code totalplace.governance.minutes-approved.v1}: a meeting's minutes were approved at a later meeting
 * of the group, with {@code amendments} made before; they never change again. Keyed by group id.
 */
public record MinutesApproved(UUID meetingId, UUID groupId, LocalDate meetingDate, UUID approvedAtMeetingId,
                              LocalDate approvedAtMeetingDate, String text, int amendments, long version) {

    public static final String TYPE = "totalplace.governance.minutes-approved.v1";

    public static MinutesApproved of(UUID groupId, LocalDate meetingDate, MeetingMinutes minutes,
                                     MinutesApproval approval, int amendments, long version) {
        return new MinutesApproved(minutes.meetingId(), groupId, meetingDate, approval.meetingId(), approval.date(),
                minutes.text(), amendments, version);
    }
}
