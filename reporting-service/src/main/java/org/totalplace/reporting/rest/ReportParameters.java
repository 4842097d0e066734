package org.totalplace.reporting.rest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.InvalidValueException;
import org.totalplace.reporting.domain.state.AsOf;

/** Reads the reports' query parameters; anything unreadable is a {@link BadParameterException} naming it. */
final class ReportParameters {

    static final String INSTANT_MESSAGE = "must be an ISO-8601 instant (2010-02-05T17:00:00Z) or date (2010-02-05)";

    private ReportParameters() {
    }

    /**
     * An instant, an offset date-time, or a date meaning the end of that day (UTC): {@code asOf=2010-02-05} takes
     * every event of 5 February. Absent: now.
     */
    static Instant instant(String name, String value, Clock clock) {
        try {
            return AsOf.parse(value, clock.instant());
        } catch (InvalidValueException e) {
            throw new BadParameterException(name, INSTANT_MESSAGE + " (got " + value + ")");
        }
    }

    static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new BadParameterException(name, "must be an ISO-8601 date such as 2010-01-19 (got " + value + ")");
        }
    }

    static FinancialYear financialYear(String name, String value, FinancialYear absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return FinancialYear.parse(value.strip());
        } catch (InvalidValueException e) {
            throw new BadParameterException(name, e.getMessage() + " (got " + value + ")");
        }
    }

    static Integer positive(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message
        }
        throw new BadParameterException(name, "must be a whole number of at least 1 (got " + value + ")");
    }

    static String code(String name, String value, String absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String text = value.strip();
        if (!text.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
            throw new BadParameterException(name, "must be a reporting point code such as BUDGET-2010 (got " + value + ")");
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
