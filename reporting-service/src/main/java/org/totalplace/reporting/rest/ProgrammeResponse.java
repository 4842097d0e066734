package org.totalplace.reporting.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.ProgrammeReport;

@Schema(name = "Programme", description = "The whole programme as reporting knows it from the other services' events")
public record ProgrammeResponse(
        @Schema(description = "Pilots by name") List<PilotSummary> pilots,
        @Schema(description = "Groups that belong to no pilot") List<GroupSummary> programmeGroups,
        @Schema(description = "Groups naming a pilot not (yet) known") List<UnassignedGroupSummary> unassignedGroups,
        @Schema(description = "Spend of pilots not (yet) known") List<UnassignedSpendResponse> unassignedSpend,
        @Schema(description = "All spend, per financial year, price basis and currency") List<SpendResponse> totals) {

    public static ProgrammeResponse of(ProgrammeReport report) {
        return new ProgrammeResponse(
                report.pilots().stream().map(PilotSummary::of).toList(),
                report.programmeGroups().stream().map(GroupSummary::of).toList(),
                report.unassignedGroups().stream().map(UnassignedGroupSummary::of).toList(),
                report.unassignedSpend().stream().map(UnassignedSpendResponse::of).toList(),
                report.totals().stream().map(SpendResponse::of).toList());
    }
}
