package org.totalplace.spend.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.CountSummary;

/** A pilot's count for a year under one rule version, as the API gives it. */
@Schema(name = "Count", description = "Totals per method (never added across methods), per level 1 function, and "
        + "what the rules excluded; GBP, nominal; per capita over the pilot's population (null when it has none)")
public record CountJson(UUID pilotId, String pilotCode, String pilotName, String financialYear,
                        @Schema(description = "The counting rules version every figure was counted under", example = "1")
                        int ruleVersion,
                        String ruleSetName,
                        @Schema(nullable = true) Long population,
                        @Schema(nullable = true, description = "Why the pilot has no population for the year")
                        String populationWhyNone,
                        @Schema(example = "nominal") String priceBasis,
                        List<Method> methods, List<Function> functions, List<Exclusion> exclusions,
                        @Schema(nullable = true) Instant countedAt) {

    @Schema(name = "CountMethodTotal")
    public record Method(@Schema(enumeration = {"bottom-up", "top-down", "outturn", "adjustment"}) String method,
                         MoneyJson counted, @Schema(nullable = true) MoneyJson perCapita, long lines,
                         MoneyJson excluded) {
    }

    @Schema(name = "CountFunctionTotal")
    public record Function(String method, @Schema(example = "10") String functionL1,
                           @Schema(example = "Social protection") String functionName, MoneyJson amount,
                           @Schema(nullable = true) MoneyJson perCapita) {
    }

    @Schema(name = "CountExclusion")
    public record Exclusion(String method, String reason, MoneyJson amount, long lines) {
    }

    static CountJson of(CountSummary count) {
        return new CountJson(count.pilotId(), count.pilotCode(), count.pilotName(), count.financialYear(),
                count.ruleVersion(), count.ruleSetName(), count.population(), count.populationWhyNone(), "nominal",
                count.methods().stream().map(m -> new Method(m.method(), gbp(m.counted()), gbp(m.perCapita()),
                        m.lines(), gbp(m.excluded()))).toList(),
                count.functions().stream().map(f -> new Function(f.method(), f.functionL1(), f.functionName(),
                        gbp(f.amount()), gbp(f.perCapita()))).toList(),
                count.exclusions().stream().map(e -> new Exclusion(e.method(), e.reason(), gbp(e.amount()),
                        e.lines())).toList(),
                count.countedAt());
    }

    private static MoneyJson gbp(BigDecimal amount) {
        return amount == null ? null : new MoneyJson(amount.setScale(2).toPlainString(), "GBP");
    }
}
