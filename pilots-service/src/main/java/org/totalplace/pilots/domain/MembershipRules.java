package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a body may join or leave a pilot's partnership. Pure: no I/O, no framework.
 *
 * <p>A body is a member of one pilot for one period at a time; its periods in a pilot never overlap,
 * so a rejoin starts after the day it left. Leaving ends the current period, which is kept as history.
 * Membership of one pilot says nothing about another: a body may belong to several pilots at once.
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    /**
     * May a body whose periods in this pilot are {@code periods} join it again {@code from} that day?
     *
     * @param bodyField the request field that named the body ({@code bodyId} or {@code bodyCode})
     */
    public static RuleDecision checkJoin(List<DateRange> periods, LocalDate from, String bodyField) {
        Optional<DateRange> current = periods.stream().filter(DateRange::isOpen).findFirst();
        if (current.isPresent()) {
            return RuleDecision.reject(bodyField, "is already a current member of this pilot, "
                    + current.get().describe() + "; it must leave before it can join again");
        }
        DateRange proposed = new DateRange(from, null);
        return periods.stream().filter(proposed::overlaps).max(Comparator.comparing(DateRange::to))
                .map(earlier -> RuleDecision.reject(DateRange.FROM, "overlaps an earlier membership "
                        + earlier.describe() + "; a rejoin starts on " + earlier.to().plusDays(1) + " or later"))
                .orElse(RuleDecision.allow());
    }

    /** May a body whose periods in this pilot are {@code periods} (at least one) leave it? */
    public static RuleDecision checkLeave(List<DateRange> periods, String bodyField) {
        if (periods.stream().anyMatch(DateRange::isOpen)) {
            return RuleDecision.allow();
        }
        LocalDate lastLeft = periods.stream().map(DateRange::to).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("a body that never joined cannot leave"));
        return RuleDecision.reject(bodyField, "is not a current member of this pilot: it already left on " + lastLeft);
    }
}
