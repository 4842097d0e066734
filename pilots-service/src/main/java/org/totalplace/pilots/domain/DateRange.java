package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code from} to {@code to}, both included; {@code to} null while it has no end.
 * A body that left on 31 March 2010 was a member that day; its successor starts on 1 April.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final String FROM = "from";
    public static final String TO = "to";

    public DateRange {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /** Is {@code to} a possible end of a period starting {@code from}? */
    public static RuleDecision checkEnd(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            return RuleDecision.reject(TO, "must be on or after from (" + from + ")");
        }
        return RuleDecision.allow();
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean overlaps(DateRange other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    public DateRange endingOn(LocalDate end) {
        return new DateRange(from, end);
    }

    /** "from 2009-06-01 to 2010-03-31", or "from 2009-06-01 with no end date". */
    public String describe() {
        return "from " + from + (to == null ? " with no end date" : " to " + to);
    }
}
