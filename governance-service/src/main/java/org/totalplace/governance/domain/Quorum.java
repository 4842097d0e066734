package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts a meeting's quorum. Pure: no I/O, no framework.
 *
 * <p>A voting seat in post on the meeting date counts when its holder is PRESENT, or is REPRESENTED by an
 * alternate who stands in for that very seat, is in post that day and is not recorded as away. An alternate
 * stands in for one membership only, so it can count once and for no one else; observers, the secretariat and
 * anyone else in attendance never count.
 */
public final class Quorum {

    private Quorum() {
    }

    public static QuorumVerdict assess(QuorumRule rule, LocalDate date, List<Seat> seats, List<AttendanceMark> register) {
        Map<UUID, Seat> byId = new HashMap<>();
        seats.forEach(seat -> byId.put(seat.membershipId(), seat));
        Map<UUID, AttendanceMark> marks = new HashMap<>();
        register.forEach(mark -> marks.putIfAbsent(mark.membershipId(), mark));

        List<Seat> voting = seats.stream().filter(seat -> seat.votesOn(date)).toList();
        int counted = 0;
        List<QuorumVerdict.StandIn> viaAlternates = new ArrayList<>();
        for (Seat seat : voting) {
            AttendanceMark mark = marks.get(seat.membershipId());
            if (mark == null) {
                continue;
            }
            if (mark.status() == AttendanceStatus.PRESENT) {
                counted++;
            } else if (mark.status() == AttendanceStatus.REPRESENTED) {
                Optional<Seat> alternate = standingIn(seat, mark, byId, marks, date);
                if (alternate.isPresent()) {
                    counted++;
                    viaAlternates.add(new QuorumVerdict.StandIn(seat, alternate.get()));
                }
            }
        }
        int needed = rule.needed(voting.size());
        return new QuorumVerdict(counted >= needed, voting.size(), needed, counted, viaAlternates);
    }

    private static Optional<Seat> standingIn(Seat seat, AttendanceMark mark, Map<UUID, Seat> byId,
                                             Map<UUID, AttendanceMark> marks, LocalDate date) {
        if (mark.representedBy() == null) {
            return Optional.empty();
        }
        Seat alternate = byId.get(mark.representedBy());
        if (alternate == null || !alternate.standsInFor(seat) || !alternate.inPostOn(date)) {
            return Optional.empty();
        }
        AttendanceMark own = marks.get(alternate.membershipId());
        boolean away = own != null && own.status() != AttendanceStatus.PRESENT;
        return away ? Optional.empty() : Optional.of(alternate);
    }
}
