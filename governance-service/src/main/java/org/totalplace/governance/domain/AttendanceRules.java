package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an attendance register may say. Pure: no I/O, no framework.
 *
 * <p>Each entry is a membership of the meeting's group in post on the meeting date, listed once. A REPRESENTED
 * entry names the alternate who stands in for that membership (and no other entry names one); that alternate
 * was there, so the register must not also record them as away.
 */
public final class AttendanceRules {

    private AttendanceRules() {
    }

    public static RuleDecision checkRegister(LocalDate date, List<Seat> ofGroup, List<AttendanceMark> entries) {
        Map<UUID, Seat> seats = new HashMap<>();
        ofGroup.forEach(seat -> seats.put(seat.membershipId(), seat));
        Map<UUID, Integer> listedAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceMark entry = entries.get(i);
            Seat seat = seats.get(entry.membershipId());
            RuleDecision decision = checkSeat(i, entry, seat, date, listedAt);
            if (decision.allowed()) {
                decision = checkRepresentation(i, entry, seat, seats, date);
            }
            if (decision.rejected()) {
                return decision;
            }
            listedAt.put(entry.membershipId(), i);
        }
        return checkAlternatesThere(entries, listedAt);
    }

    private static RuleDecision checkSeat(int i, AttendanceMark entry, Seat seat, LocalDate date,
                                          Map<UUID, Integer> listedAt) {
        String field = membershipField(i);
        if (seat == null) {
            return RuleDecision.reject(field, "is not a membership of this meeting's group (" + entry.membershipId() + ")");
        }
        if (!seat.inPostOn(date)) {
            return RuleDecision.reject(field, "is " + seat.holder() + "'s membership, which runs "
                    + seat.tenure().describe() + " and so was not in post on the meeting date, " + date);
        }
        Integer earlier = listedAt.get(entry.membershipId());
        if (earlier != null) {
            return RuleDecision.reject(field, "lists " + seat.holder() + " again; entries[" + earlier
                    + "] already does, and a membership has one entry");
        }
        return RuleDecision.allow();
    }

    private static RuleDecision checkRepresentation(int i, AttendanceMark entry, Seat seat, Map<UUID, Seat> seats,
                                                    LocalDate date) {
        String field = representedByField(i);
        boolean represented = entry.status() == AttendanceStatus.REPRESENTED;
        if (!represented) {
            return entry.representedBy() == null ? RuleDecision.allow()
                    : RuleDecision.reject(field, "only a REPRESENTED entry names an alternate; this one is "
                            + entry.status());
        }
        if (entry.representedBy() == null) {
            return RuleDecision.reject(field, "a REPRESENTED entry names the membership of the alternate who stood in for "
                    + seat.holder());
        }
        Seat alternate = seats.get(entry.representedBy());
        if (alternate == null || !alternate.standsInFor(seat)) {
            return RuleDecision.reject(field, "names no alternate of " + seat.holder() + " (" + entry.representedBy()
                    + "); only an ALTERNATE membership standing in for them can represent them");
        }
        if (!alternate.inPostOn(date)) {
            return RuleDecision.reject(field, "names " + alternate.holder() + ", whose membership runs "
                    + alternate.tenure().describe() + " and so was not in post on the meeting date, " + date);
        }
        return RuleDecision.allow();
    }

    private static RuleDecision checkAlternatesThere(List<AttendanceMark> entries, Map<UUID, Integer> listedAt) {
        for (int i = 0; i < entries.size(); i++) {
            AttendanceMark entry = entries.get(i);
            if (entry.status() != AttendanceStatus.REPRESENTED) {
                continue;
            }
            Integer own = listedAt.get(entry.representedBy());
            if (own != null && entries.get(own).status() != AttendanceStatus.PRESENT) {
                return RuleDecision.reject(representedByField(i), "names an alternate whom entries[" + own
                        + "] records as " + entries.get(own).status() + "; an alternate who stood in was PRESENT");
            }
        }
        return RuleDecision.allow();
    }

    private static String membershipField(int i) {
        return "entries[" + i + "].membershipId";
    }

    private static String representedByField(int i) {
        return "entries[" + i + "].representedBy";
    }
}
