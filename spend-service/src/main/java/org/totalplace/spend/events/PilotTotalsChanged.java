package org.totalplace.spend.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.CountSummary;

/**
 * {@code totalplace.spend.pilot-totals-changed.v1}: a pilot's count for a financial year under a published rule
 * version came out different from the last time it was counted (a ledger imported or withdrawn, national data
 * re-imported, rules published, an adjustment). Keyed by the pilot id. Carries the whole new totals, so a consumer
 * never needs the previous event. Money is GBP, nominal; per capita is null when the pilot has no population.
 */
public record PilotTotalsChanged(
        UUID pilotId,
        String pilotCode,
        String financialYear,
        int ruleVersion,
        String ruleSetName,
        Long population,
        String priceBasis,
        List<Method> methods,
        List<Function> functions,
        List<Exclusion> exclusions,
        Instant countedAt) {

    public static final String TYPE = "totalplace.spend.pilot-totals-changed.v1";

    public record Method(String method, SpendLineRecorded.Amount counted, SpendLineRecorded.Amount perCapita,
                         long lines, SpendLineRecorded.Amount excluded) {
    }

    public record Function(String method, String functionL1, String functionName, SpendLineRecorded.Amount amount,
                           SpendLineRecorded.Amount perCapita) {
    }

    public record Exclusion(String method, String reason, SpendLineRecorded.Amount amount, long lines) {
    }

    public static PilotTotalsChanged of(CountSummary count, Instant countedAt) {
        return new PilotTotalsChanged(count.pilotId(), count.pilotCode(), count.financialYear(), count.ruleVersion(),
                count.ruleSetName(), count.population(), "nominal",
                count.methods().stream().map(m -> new Method(m.method(), gbp(m.counted()), gbp(m.perCapita()),
                        m.lines(), gbp(m.excluded()))).toList(),
                count.functions().stream().map(f -> new Function(f.method(), f.functionL1(), f.functionName(),
                        gbp(f.amount()), gbp(f.perCapita()))).toList(),
                count.exclusions().stream().map(e -> new Exclusion(e.method(), e.reason(), gbp(e.amount()),
                        e.lines())).toList(),
                countedAt);
    }

    private static SpendLineRecorded.Amount gbp(BigDecimal amount) {
        return amount == null ? null : new SpendLineRecorded.Amount(amount.setScale(2).toPlainString(), "GBP");
    }
}
