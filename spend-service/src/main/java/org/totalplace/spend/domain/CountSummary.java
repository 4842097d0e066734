package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pilot's count for a year under one rule version, as totals: per method (never added across methods: bottom-up,
 * top-down and outturn are different answers to the same question), per function, and what the rules excluded.
 * GBP, nominal; per capita over the pilot's population for the year, to the penny.
 */
public record CountSummary(UUID pilotId, String pilotCode, String pilotName, String financialYear, int ruleVersion,
                           String ruleSetName, Long population, String populationWhyNone, List<MethodTotal> methods,
                           List<FunctionTotal> functions, List<Exclusion> exclusions, Instant countedAt) {

    public record MethodTotal(String method, BigDecimal counted, BigDecimal perCapita, long lines, BigDecimal excluded) {
    }

    public record FunctionTotal(String method, String functionL1, String functionName, BigDecimal amount,
                                BigDecimal perCapita) {
    }

    public record Exclusion(String method, String reason, BigDecimal amount, long lines) {
    }

    public CountSummary {
        methods = List.copyOf(methods);
        functions = List.copyOf(functions);
        exclusions = List.copyOf(exclusions);
    }
}
