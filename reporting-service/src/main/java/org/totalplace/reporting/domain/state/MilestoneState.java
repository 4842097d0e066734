package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pilot's milestone: PLANNED, MET (on {@code metOn}) or MISSED. */
public record MilestoneState(UUID milestoneId, UUID pilotId, String title, int phase, LocalDate dueDate,
                             String status, LocalDate metOn, Instant at) {
}
