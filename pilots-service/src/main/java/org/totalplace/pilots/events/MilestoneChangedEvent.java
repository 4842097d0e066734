package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.totalplace.pilots.domain.Milestone;
import org.totalplace.pilots.domain.MilestoneStatus;

/**
 * The data of milestone-changed: the whole milestone after the change, and what the change was
 * ({@code planned}, {@code revised}, {@code met}, {@code missed}).
 */
public record MilestoneChangedEvent(UUID pilotId, UUID milestoneId, String change, String title, int phase,
                                    LocalDate dueDate, String status, LocalDate metOn, long version) {

    public static final String TYPE = "totalplace.pilots.milestone-changed.v1";
    public static final String PLANNED = "planned";
    public static final String REVISED = "revised";

    public static String outcome(MilestoneStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public static MilestoneChangedEvent of(Milestone milestone, String change) {
        return new MilestoneChangedEvent(milestone.pilotId(), milestone.id(), change, milestone.title(),
                milestone.phase().number(), milestone.dueDate(), milestone.status().name(), milestone.metOn(),
                milestone.version());
    }
}
