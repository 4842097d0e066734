package org.totalplace.governance.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;

/**
 * Data of {@code totalplace.governance.meeting-scheduled.v1}: a meeting of a group was scheduled, one-off or
 * as part of a series, with the agenda it starts with (open business carried onto it follows as
 * {@code agenda-item-added}). Key: the group id. Schema: {@code /schemas/totalplace.governance.meeting-scheduled.v1.json}.
 */
public record MeetingScheduled(
        UUID meetingId,
        UUID groupId,
        UUID seriesId,
        Integer occurrence,
        String title,
        LocalDate date,
        LocalTime startsAt,
        String location,
        List<AgendaEntry> agenda,
        long version) {

    public static final String TYPE = "totalplace.governance.meeting-scheduled.v1";

    public static MeetingScheduled of(Meeting meeting, List<AgendaItem> agenda) {
        return new MeetingScheduled(meeting.id(), meeting.groupId(), meeting.seriesId(), meeting.occurrence(),
                meeting.title(), meeting.date(), meeting.startsAt(), meeting.location(),
                agenda.stream().map(AgendaEntry::of).toList(), meeting.version());
    }
}
