package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesAmendment;

/**
 * Data of {@code totalplace.governance.minutes-amended.v1}: circulated minutes were amended before approval;
 * {@code text} is the minutes as amended. Keyed by group id.
 */
public record MinutesAmended(UUID meetingId, UUID groupId, UUID amendmentId, int number, String amendment,
                             String text, long version) {

    public static final String TYPE = "totalplace.governance.minutes-amended.v1";

    public static MinutesAmended of(UUID groupId, MeetingMinutes minutes, MinutesAmendment amendment, long version) {
        return new MinutesAmended(minutes.meetingId(), groupId, amendment.id(), amendment.number(),
                amendment.amendment(), minutes.text(), version);
    }
}
