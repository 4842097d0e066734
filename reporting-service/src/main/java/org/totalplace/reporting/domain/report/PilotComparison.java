package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Per-capita spend by function across pilots (one year, one rule version, one counting method), with moderation
 * flags. Per function (and for the whole count, function "TOTAL"), the quartiles of the pilots' per-capita values
 * are taken by type 7 (R's default); a value below Q1 - 1.5 IQR is OUTLIER_LOW, above Q3 + 1.5 IQR OUTLIER_HIGH.
 * A pilot counted without a population has MISSING_PER_CAPITA and takes no part in the quartiles.
 */
public record PilotComparison(Instant asOf, String financialYear, Integer ruleVersion, String method,
                              List<FunctionStats> functions, List<Cell> cells, List<String> notCounted) {

    public static final String TOTAL = "TOTAL";

    public PilotComparison {
        functions = List.copyOf(functions);
        cells = List.copyOf(cells);
        notCounted = List.copyOf(notCounted);
    }

    /** Quartiles and fences are null where no pilot has a per-capita value for the function. */
    public record FunctionStats(String functionL1, String functionName, int pilots, BigDecimal q1, BigDecimal median,
                                BigDecimal q3, BigDecimal iqr, BigDecimal lowFence, BigDecimal highFence) {
    }

    /** {@code flag}: OK, OUTLIER_LOW, OUTLIER_HIGH or MISSING_PER_CAPITA. */
    public record Cell(UUID pilotId, String pilot, String name, String functionL1, String currency,
                       BigDecimal amount, BigDecimal perCapita, String flag) {
    }
}
