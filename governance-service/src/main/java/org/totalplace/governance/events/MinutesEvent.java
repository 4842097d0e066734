package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.MeetingMinutes;

/**
 * Data of {@code minutes-drafted} and {@code minutes-circulated}: a meeting's minutes as they stand after the
 * change; keyed by group id.
 */
public record MinutesEvent(UUID meetingId, UUID groupId, LocalDate meetingDate, String text, long version) {

    public static final String DRAFTED = "totalplace.governance.minutes-drafted.v1";
    public static final String CIRCULATED = "totalplace.governance.minutes-circulated.v1";

    public static MinutesEvent of(UUID groupId, LocalDate meetingDate, MeetingMinutes minutes, long version) {
        return new MinutesEvent(minutes.meetingId(), groupId, meetingDate, minutes.text(), version);
    }
}
