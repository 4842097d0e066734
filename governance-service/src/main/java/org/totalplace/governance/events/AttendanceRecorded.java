package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AttendanceMark;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.QuorumVerdict;

/**
 * Data of {@code totalplace.governance.attendance-recorded.v1}: a meeting's attendance register was recorded or
 * replaced, with the quorum it gives; keyed by group id. {@code representedBy} is null but for REPRESENTED.
 */
public record AttendanceRecorded(UUID meetingId, UUID groupId, LocalDate date, List<Entry> entries,
                                 List<String> inAttendance, boolean quorate, int seats, int needed, int counted,
                                 List<QuorumStandIn> viaAlternates, long version) {

    public static final String TYPE = "totalplace.governance.attendance-recorded.v1";

    public record Entry(UUID membershipId, String status, UUID representedBy) {

        static Entry of(AttendanceMark mark) {
            return new Entry(mark.membershipId(), mark.status().name(), mark.representedBy());
        }
    }

    public static AttendanceRecorded of(UUID groupId, LocalDate date, AttendanceRegister register,
                                        QuorumVerdict verdict, long version) {
        return new AttendanceRecorded(register.meetingId(), groupId, date,
                register.entries().stream().map(Entry::of).toList(), register.inAttendance(), verdict.quorate(),
                verdict.seats(), verdict.needed(), verdict.counted(), QuorumStandIn.of(verdict), version);
    }
}
