package org.totalplace.reporting.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Pre-Budget Report summary: each pilot's submission to the PBR point, its state, and its key asks (the
 * submission's sections as written, and its barriers escalated to Whitehall); {@code byState} counts pilots per
 * submission state (NONE for pilots without a submission).
 */
public record PbrSummary(Instant asOf, String reportingPoint, Map<String, Long> byState, List<PilotEntry> pilots) {

    public PbrSummary {
        byState = Map.copyOf(byState);
        pilots = List.copyOf(pilots);
    }

    public record PilotEntry(UUID pilotId, String code, String name, String region, String state, String reason,
                             Instant updatedAt, List<Ask> sections, List<EscalatedBarrier> escalatedBarriers) {

        public PilotEntry {
            sections = List.copyOf(sections);
            escalatedBarriers = List.copyOf(escalatedBarriers);
        }
    }

    public record Ask(String section, String content) {
    }

    public record EscalatedBarrier(UUID barrierId, String title, String tier, String status, String decision) {
    }
}
