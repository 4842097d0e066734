package org.totalplace.governance.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code ?asOf=2009-10-01} (the memberships that include that day; today when absent) or {@code ?history=true}
 * (every membership there has been); not both.
 */
public class MembershipListParams {

    @QueryParam("asOf")
    @Schema(description = "Only the memberships that include this day; today when absent", example = "2009-10-01")
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO-8601 date, e.g. 2009-10-01")
    String asOf;

    @QueryParam("history")
    @DefaultValue("false")
    @Schema(description = "true for every membership, past and present, instead of those on one day",
            example = "false")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String history;

    /** Named for the field it is about, so a problem points at asOf. */
    @AssertTrue(message = "must be a day that exists, and cannot be combined with history=true")
    boolean isAsOf() {
        if (asOf == null) {
            return true;
        }
        try {
            LocalDate.parse(asOf);
        } catch (DateTimeParseException notADay) {
            return !asOf.matches("\\d{4}-\\d{2}-\\d{2}");
        }
        return !"true".equals(history);
    }

    Optional<LocalDate> asOfDay() {
        return Optional.ofNullable(asOf).map(LocalDate::parse);
    }

    boolean wholeHistory() {
        return Boolean.parseBoolean(history);
    }
}
