package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a membership lasts, from {@code from} to {@code to}, both included; {@code to} is null while it
 * has no end. Someone whose membership ended on 31 March 2010 still sat on the group that day.
 */
public record Tenure(LocalDate from, LocalDate to) {

    public Tenure {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean overlaps(Tenure other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    /** Whether every day of {@code other} is also a day of this tenure. */
    public boolean covers(Tenure other) {
        return !other.from.isBefore(from) && (to == null || (other.to != null && !other.to.isAfter(to)));
    }

    public Tenure endingOn(LocalDate end) {
        return new Tenure(from, end);
    }

    /** "from 2009-04-22 to 2010-03-31", or "from 2009-04-22 with no end date". */
    public String describe() {
        return "from " + from + (to == null ? " with no end date" : " to " + to);
    }
}
