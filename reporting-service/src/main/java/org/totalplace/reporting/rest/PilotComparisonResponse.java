package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.report.PilotComparison;

@Schema(name = "PilotComparison", description = "Per-capita spend by function across pilots, with moderation flags: "
        + "outside Q1 - 1.5 IQR .. Q3 + 1.5 IQR of the pilots' values for the function (quartiles by R's type 7) is "
        + "an outlier; a count without population has no per capita")
public record PilotComparisonResponse(
        Instant asOf, String financialYear, Integer ruleVersion,
        @Schema(description = "top-down or bottom-up") String method,
        @Schema(description = "Per function (TOTAL first): quartiles and fences, rounded to the penny") List<FunctionStats> functions,
        @Schema(description = "Per pilot and function") List<Cell> cells,
        @Schema(description = "Codes of pilots with no count of the year under the rule version") List<String> notCounted) {

    public static PilotComparisonResponse of(PilotComparison c) {
        return new PilotComparisonResponse(c.asOf(), c.financialYear(), c.ruleVersion(), c.method(),
                c.functions().stream().map(f -> new FunctionStats(f.functionL1(), f.functionName(), f.pilots(),
                        MoneyResponse.of(f.q1(), "GBP"), MoneyResponse.of(f.median(), "GBP"), MoneyResponse.of(f.q3(), "GBP"),
                        MoneyResponse.of(f.iqr(), "GBP"), MoneyResponse.of(f.lowFence(), "GBP"),
                        MoneyResponse.of(f.highFence(), "GBP"))).toList(),
                c.cells().stream().map(x -> new Cell(x.pilotId(), x.pilot(), x.name(), x.functionL1(),
                        MoneyResponse.of(x.amount(), x.currency()), MoneyResponse.of(x.perCapita(), x.currency()),
                        x.flag())).toList(),
                c.notCounted());
    }

    @Schema(name = "PilotComparisonFunction")
    public record FunctionStats(String functionL1, String functionName,
                                @Schema(description = "Pilots with a per-capita value") int pilots,
                                MoneyResponse q1, MoneyResponse median, MoneyResponse q3, MoneyResponse iqr,
                                MoneyResponse lowFence, MoneyResponse highFence) {
    }

    @Schema(name = "PilotComparisonCell")
    public record Cell(UUID pilotId, String pilot, String name,
                       @Schema(description = "Function code, or TOTAL for the whole count") String functionL1,
                       MoneyResponse amount, MoneyResponse perCapita,
                       @Schema(description = "OK, OUTLIER_LOW, OUTLIER_HIGH or MISSING_PER_CAPITA") String flag) {
    }
}
