package org.totalplace.governance.events;

import java.time.Instant;
import java.util.UUID;
import org.totalplace.governance.domain.MinutesCorrection;

/**
 * Data of {@code totalplace.governance.minutes-corrected.v1}: a correction was recorded against approved minutes
 * as a record of its own; the approved text is unchanged. Keyed by group id.
 */
public record MinutesCorrected(UUID meetingId, UUID groupId, UUID correctionId, int number, String text,
                               String reason, Instant recordedAt, long version) {

    public static final String TYPE = "totalplace.governance.minutes-corrected.v1";

    public static MinutesCorrected of(UUID groupId, MinutesCorrection correction, long version) {
        return new MinutesCorrected(correction.meetingId(), groupId, correction.id(), correction.number(),
                correction.text(), correction.reason(), correction.recordedAt(), version);
    }
}
