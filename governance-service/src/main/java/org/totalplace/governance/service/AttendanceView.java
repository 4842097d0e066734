package org.totalplace.governance.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.QuorumRule;
import org.totalplace.governance.domain.QuorumVerdict;
import org.totalplace.governance.domain.Seat;

/**
 * A meeting's attendance register with the quorum it gives under the group's rule, and the group's memberships
 * so that entries can be shown with their holders. {@code meetingVersion} is the meeting's ETag.
 */
public record AttendanceView(UUID meetingId, long meetingVersion, AttendanceRegister register, QuorumRule rule,
                             QuorumVerdict verdict, List<Seat> seats) {

    public Map<UUID, Seat> seatsById() {
        return seats.stream().collect(Collectors.toMap(Seat::membershipId, Function.identity()));
    }
}
