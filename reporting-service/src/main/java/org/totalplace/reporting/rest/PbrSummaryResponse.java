package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.report.PbrSummary;

@Schema(name = "PbrSummary", description = "Pilots' submissions to the Pre-Budget Report point, their state and key asks")
public record PbrSummaryResponse(
        Instant asOf,
        @Schema(examples = "PBR-2009") String reportingPoint,
        @Schema(description = "Pilots per submission state (NONE: no submission)") Map<String, Long> byState,
        List<Pilot> pilots) {

    public static PbrSummaryResponse of(PbrSummary s) {
        return new PbrSummaryResponse(s.asOf(), s.reportingPoint(), s.byState(), s.pilots().stream()
                .map(p -> new Pilot(p.pilotId(), p.code(), p.name(), p.region(), p.state(), p.reason(), p.updatedAt(),
                        p.sections().stream().map(a -> new Section(a.section(), a.content())).toList(),
                        p.escalatedBarriers().stream().map(b -> new Barrier(b.barrierId(), b.title(), b.tier(),
                                b.status(), b.decision())).toList()))
                .toList());
    }

    @Schema(name = "PbrSummaryPilot")
    public record Pilot(UUID pilotId, String code, String name, String region,
                        @Schema(description = "DRAFT, SUBMITTED, ACCEPTED, RETURNED or NONE") String state,
                        @Schema(description = "Why it was returned") String reason, Instant updatedAt,
                        @Schema(description = "Key asks: the submission's sections as written") List<Section> sections,
                        @Schema(description = "Key asks: barriers escalated to the officials' group or ministers")
                        List<Barrier> escalatedBarriers) {
    }

    @Schema(name = "PbrSummarySection")
    public record Section(String section, String content) {
    }

    @Schema(name = "PbrSummaryBarrier")
    public record Barrier(UUID barrierId, String title, String tier, String status, String decision) {
    }
}
