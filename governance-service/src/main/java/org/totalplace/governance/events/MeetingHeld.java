package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.QuorumVerdict;

/**
 * Data of {@code totalplace.governance.meeting-held.v1}: a meeting was held, with the quorum its attendance
 * register gave; keyed by group id. Schema: {@code /schemas/totalplace.governance.meeting-held.v1.json}.
 */
public record MeetingHeld(UUID meetingId, UUID groupId, LocalDate date, boolean quorate, int seats, int needed,
                          int counted, List<QuorumStandIn> viaAlternates, long version) {

    public static final String TYPE = "totalplace.governance.meeting-held.v1";

    public static MeetingHeld of(UUID meetingId, UUID groupId, LocalDate date, QuorumVerdict verdict, long version) {
        return new MeetingHeld(meetingId, groupId, date, verdict.quorate(), verdict.seats(), verdict.needed(),
                verdict.counted(), QuorumStandIn.of(verdict), version);
    }
}
