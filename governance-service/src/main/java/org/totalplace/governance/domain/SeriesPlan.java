package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a recurring series. Pure. Each date is counted from the first, not from the one before, so a
 * monthly series that starts on 31 January meets on 28 (or 29) February and then on 31 March again.
 */
public record SeriesPlan(Cadence cadence, LocalDate first, int occurrences) {

    public static final int MOST_OCCURRENCES = 60;

    public SeriesPlan {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(first, "first");
        if (cadence == Cadence.AD_HOC) {
            throw new IllegalArgumentException("an AD_HOC group has no series; schedule its meetings one by one");
        }
        if (occurrences < 1 || occurrences > MOST_OCCURRENCES) {
            throw new IllegalArgumentException("a series has 1 to " + MOST_OCCURRENCES + " meetings");
        }
    }

    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(occurrences);
        for (int n = 0; n < occurrences; n++) {
            dates.add(dateOf(n));
        }
        return dates;
    }

    private LocalDate dateOf(int n) {
        return switch (cadence) {
            case WEEKLY -> first.plusWeeks(n);
            case FORTNIGHTLY -> first.plusWeeks(2L * n);
            case MONTHLY -> first.plusMonths(n);
            case QUARTERLY -> first.plusMonths(3L * n);
            case AD_HOC -> throw new IllegalStateException("unreachable");
        };
    }
}
