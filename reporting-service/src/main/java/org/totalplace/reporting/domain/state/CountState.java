package org.totalplace.reporting.domain.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pilot's count of one financial year under one rule version, as the latest pilot-totals-changed event said it
 * (amounts in {@code currency}, nominal; per-capita figures null where the population is unknown).
 */
public record CountState(UUID pilotId, String financialYear, int ruleVersion, String ruleSetName, Long population,
                         String currency, List<MethodTotal> methods, List<FunctionTotal> functions,
                         List<ExclusionTotal> exclusions, Instant countedAt) {

    public CountState {
        methods = List.copyOf(methods);
        functions = List.copyOf(functions);
        exclusions = List.copyOf(exclusions);
    }

    /** Method is bottom-up, top-down, outturn or adjustment. */
    public record MethodTotal(String method, BigDecimal counted, BigDecimal perCapita, long lines,
                              BigDecimal excluded) {
    }

    public record FunctionTotal(String method, String functionL1, String functionName, BigDecimal amount,
                                BigDecimal perCapita) {
    }

    public record ExclusionTotal(String method, String reason, BigDecimal amount, long lines) {
    }
}
