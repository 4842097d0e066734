package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.totalplace.reporting.domain.InvalidValueException;

/**
 * The {@code asOf} of a state or report: an RFC 3339 timestamp ({@code 2010-02-05T00:00:00Z}, any offset) is that
 * instant; a plain date ({@code 2010-02-05}) is the end of that day in UTC, so the day's own events count.
 */
public final class AsOf {

    private AsOf() {
    }

    /** The instant the text names; {@code null} or blank gives {@code now}. */
    public static Instant parse(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return now;
        }
        String trimmed = text.strip();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            try {
                return endOfDay(LocalDate.parse(trimmed));
            } catch (DateTimeParseException notADate) {
                throw new InvalidValueException("must be a date (2010-02-05, meaning the end of that day UTC) or "
                        + "an RFC 3339 timestamp with offset (2010-02-05T00:00:00Z); got '" + text + "'");
            }
        }
    }

    /** The last nanosecond of the day in UTC. */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }
}
