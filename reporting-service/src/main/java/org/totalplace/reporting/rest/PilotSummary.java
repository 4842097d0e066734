package org.totalplace.reporting.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.ProgrammeReport;

@Schema(name = "PilotSummary", description = "A pilot place with its governance groups and its counted spend")
public record PilotSummary(
        UUID pilotId,
        @Schema(examples = "lewisham") String code,
        @Schema(examples = "Lewisham") String name,
        @Schema(examples = "London") String region,
        List<GroupSummary> groups,
        List<SpendResponse> spend) {

    public static PilotSummary of(ProgrammeReport.PilotReport report) {
        return new PilotSummary(report.pilot().pilotId, report.pilot().code, report.pilot().name, report.pilot().region,
                report.groups().stream().map(GroupSummary::of).toList(),
                report.spend().stream().map(SpendResponse::of).toList());
    }
}
