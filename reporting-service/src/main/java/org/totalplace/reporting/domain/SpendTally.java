package org.totalplace.reporting.domain;

import java.util.Objects;

/**
 * A running total of spend lines that share one {@link SpendKey}, and how many lines went into it.
 */
public record SpendTally(SpendKey key, Money total, long lines) {

    public SpendTally {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(total, "total");
        if (!total.currency().equals(key.currency())) {
            throw new InvalidValueException("a " + key.currency() + " tally cannot hold " + total.currency());
        }
        if (lines < 0) {
            throw new InvalidValueException("line count must not be negative");
        }
    }

    public static SpendTally empty(SpendKey key) {
        return new SpendTally(key, Money.zero(key.currency()), 0);
    }

    /** Adds another tally of the same key; refuses to mix years, price bases or currencies. */
    public SpendTally plus(SpendTally other) {
        if (!key.accepts(other.key)) {
            throw new InvalidValueException("cannot add " + other.key + " to " + key);
        }
        return new SpendTally(key, total.plus(other.total), lines + other.lines);
    }
}
