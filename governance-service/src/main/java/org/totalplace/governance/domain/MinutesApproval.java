package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Where a meeting's minutes were approved: at the meeting {@code meetingId}, held on {@code date}. */
public record MinutesApproval(UUID meetingId, LocalDate date) {

    public MinutesApproval {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
    }

    /** "at the meeting of 2009-12-16 (id ...)". */
    public String describe() {
        return "at the meeting of " + date + " (" + meetingId + ")";
    }
}
