package org.totalplace.pilots.service;

import java.time.LocalDate;
import org.totalplace.pilots.domain.MilestoneStatus;

/** What a client changes of a milestone; each null part stays as it is. */
public record MilestoneChange(String title, LocalDate dueDate, MilestoneStatus status, LocalDate metOn) {

    boolean revisesPlan() {
        return title != null || dueDate != null;
    }

    boolean recordsOutcome() {
        return status != null || metOn != null;
    }

    boolean isEmpty() {
        return !revisesPlan() && !recordsOutcome();
    }
}
