package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;

/**
 * Data of {@code totalplace.governance.meeting-cancelled.v1}: a scheduled meeting was called off; its open
 * business moves to the group's next meeting. Key: the group id.
 * Schema: {@code /schemas/totalplace.governance.meeting-cancelled.v1.json}.
 */
public record MeetingCancelled(
        UUID meetingId,
        UUID groupId,
        LocalDate date,
        String reason,
        long version) {

    public static final String TYPE = "totalplace.governance.meeting-cancelled.v1";

    public static MeetingCancelled of(Meeting meeting) {
        return new MeetingCancelled(meeting.id(), meeting.groupId(), meeting.date(), meeting.cancelledReason(),
                meeting.version());
    }
}
