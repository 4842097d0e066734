package org.totalplace.reporting.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Numbers the fortnightly updates as the Leadership Centre did: one number per fortnight, counted from the
 * fortnight that starts on {@link #FIRST_FORTNIGHT}, chosen so that the update for the fortnight ending 27 July
 * 2010 is number 49 and 13 July 2010 is 48, as in seed 003. The window's last day decides its number.
 */
public final class UpdateNumbering {

    /** 27 July 2010 minus 48 fortnights. */
    public static final LocalDate FIRST_FORTNIGHT = LocalDate.of(2008, 9, 23);

    private UpdateNumbering() {
    }

    /** Update number of the fortnight containing {@code lastDay} (0 or less before the first fortnight). */
    public static int number(LocalDate lastDay) {
        long days = ChronoUnit.DAYS.between(FIRST_FORTNIGHT, lastDay);
        return (int) Math.floorDiv(days, 14) + 1;
    }
}
