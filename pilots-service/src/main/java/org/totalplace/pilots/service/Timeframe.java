package org.totalplace.pilots.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which periods a list shows: those that include {@code asOf} (today by the clock when absent), or
 * every period there has been ({@code history}).
 */
public record Timeframe(Optional<LocalDate> asOf, boolean history) {

    public Timeframe {
        if (history && asOf.isPresent()) {
            throw new IllegalArgumentException("a history has no asOf date");
        }
    }

    /** The day whose periods to show, or empty for all of them. */
    Optional<LocalDate> day(Clock clock) {
        return history ? Optional.empty() : Optional.of(asOf.orElseGet(() -> LocalDate.now(clock)));
    }
}
