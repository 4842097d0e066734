package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AttendanceMark;
import org.totalplace.governance.domain.AttendanceStatus;
import org.totalplace.governance.domain.MembershipRole;
import org.totalplace.governance.domain.QuorumVerdict;
import org.totalplace.governance.domain.Seat;
import org.totalplace.governance.service.AttendanceView;

/** A meeting's attendance register and the quorum it gives; {@code version} is the meeting's, also its ETag. */
@Schema(name = "Attendance")
public record AttendanceResponse(UUID meetingId, List<Entry> entries, List<String> inAttendance, Verdict quorum,
                                 Instant recordedAt, Instant updatedAt, long version) {

    @Schema(name = "AttendanceEntry")
    public record Entry(UUID membershipId, String holder, MembershipRole role, AttendanceStatus status,
                        @Schema(nullable = true) UUID representedBy,
                        @Schema(nullable = true, description = "The alternate's name or post") String representedByHolder) {
    }

    @Schema(name = "QuorumVerdict", description = "seats: voting seats (chair, vice-chair, members) in post on the "
            + "meeting date; needed: how many must count under the group's rule; counted: how many did, in person or "
            + "through their alternate")
    public record Verdict(boolean quorate, QuorumBody rule, int seats, int needed, int counted,
                          List<StandIn> viaAlternates) {
    }

    @Schema(name = "QuorumStandIn", description = "A seat that counted because its alternate was there in its stead")
    public record StandIn(UUID membershipId, String holder, UUID alternateMembershipId, String alternateHolder) {
    }

    static AttendanceResponse of(AttendanceView view) {
        Map<UUID, Seat> seats = view.seatsById();
        List<Entry> entries = view.register().entries().stream().map(mark -> entry(mark, seats)).toList();
        QuorumVerdict verdict = view.verdict();
        List<StandIn> standIns = verdict.viaAlternates().stream()
                .map(s -> new StandIn(s.seat().membershipId(), s.seat().holder(), s.alternate().membershipId(),
                        s.alternate().holder()))
                .toList();
        Verdict quorum = new Verdict(verdict.quorate(), QuorumBody.of(view.rule()), verdict.seats(), verdict.needed(),
                verdict.counted(), standIns);
        return new AttendanceResponse(view.meetingId(), entries, view.register().inAttendance(), quorum,
                view.register().recordedAt(), view.register().updatedAt(), view.meetingVersion());
    }

    private static Entry entry(AttendanceMark mark, Map<UUID, Seat> seats) {
        Seat seat = seats.get(mark.membershipId());
        Seat alternate = mark.representedBy() == null ? null : seats.get(mark.representedBy());
        return new Entry(mark.membershipId(), seat.holder(), seat.role(), mark.status(), mark.representedBy(),
                alternate == null ? null : alternate.holder());
    }
}
