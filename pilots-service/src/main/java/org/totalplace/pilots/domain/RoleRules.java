package org.totalplace.pilots.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Who may be appointed to a role of a pilot, and when. Pure: no I/O, no framework.
 *
 * <p>A pilot lead, a GO lead and a DG champion have one holder on any day, so a new appointment may
 * not overlap another's term: the current holder's term is ended first. Locality managers may overlap,
 * as a Government Office may name several; but one person holds one role once on any day.
 */
public final class RoleRules {

    public static final String PERSON = "person";

    private RoleRules() {
    }

    /** May {@code proposed} be added to a pilot whose appointments (of any role) are {@code existing}? */
    public static RuleDecision checkAppointment(RoleHolding proposed, List<RoleHolding> existing) {
        List<RoleHolding> overlapping = existing.stream()
                .filter(holding -> holding.role() == proposed.role())
                .filter(holding -> holding.term().overlaps(proposed.term()))
                .sorted(Comparator.comparing((RoleHolding holding) -> holding.term().from()))
                .toList();
        for (RoleHolding holding : overlapping) {
            if (sameName(holding.person(), proposed.person())) {
                return RuleDecision.reject(PERSON, proposed.person() + " is already the pilot's " + proposed.role().title()
                        + " " + holding.term().describe());
            }
        }
        if (proposed.role().singleHolder() && !overlapping.isEmpty()) {
            RoleHolding holder = overlapping.get(0);
            String field = holder.term().includes(proposed.term().from()) ? DateRange.FROM : DateRange.TO;
            return RuleDecision.reject(field, "a pilot has one " + proposed.role().title() + " at a time, and "
                    + holder.person() + " holds the role " + holder.term().describe()
                    + "; end that appointment first or choose dates outside it");
        }
        return RuleDecision.allow();
    }

    /** May this appointment be ended? Only while it has no end date; its end is then final. */
    public static RuleDecision checkEnd(RoleHolding holding) {
        if (!holding.term().isOpen()) {
            return RuleDecision.reject(DateRange.TO, "the appointment of " + holding.person() + " as "
                    + holding.role().title() + " already ends on " + holding.term().to());
        }
        return RuleDecision.allow();
    }

    private static boolean sameName(String one, String other) {
        return PilotAliases.key(one).equals(PilotAliases.key(other));
    }
}
