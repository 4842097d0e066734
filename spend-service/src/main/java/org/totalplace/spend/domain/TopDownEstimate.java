package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A pilot's spend by function estimated top-down, the way the pilots did it: the region's identifiable spend on each
 * function (CRA, £ thousand) times the pilot's share of the region's population.
 * <p>
 * Arithmetic is exact until one rounding per function: {@code estimate = round(regionSpend × 1000 × pilotPopulation
 * ÷ regionPopulation)} to the penny, half to even. The total is the sum of the rounded function figures (so the
 * figures shown add up), and per capita is {@code round(total ÷ pilotPopulation)} to the penny.
 */
public record TopDownEstimate(List<FunctionEstimate> functions, BigDecimal total, BigDecimal perCapita) {

    public static final String METHOD = "top-down: CRA region × population share";

    /**
     * @param regionSpendGbpThousand the region's identifiable spend on the function, exactly as summed from the CRA
     * @param estimateGbp            the pilot's share, in pounds, to the penny
     */
    public record FunctionEstimate(String function, BigDecimal regionSpendGbpThousand, BigDecimal estimateGbp) {
    }

    /** COFOG order: "1. General public services" before "10. Social protection"; others after, by name. */
    public static final Comparator<String> FUNCTION_ORDER = Comparator.comparingInt(TopDownEstimate::cofogNumber)
            .thenComparing(Comparator.naturalOrder());

    public TopDownEstimate {
        functions = List.copyOf(functions);
    }

    public static TopDownEstimate of(Map<String, BigDecimal> regionSpendGbpThousandByFunction, long pilotPopulation,
                                     long regionPopulation) {
        if (pilotPopulation <= 0 || regionPopulation <= 0 || pilotPopulation > regionPopulation) {
            throw new IllegalArgumentException("the pilot's population (" + pilotPopulation
                    + ") must be positive and at most the region's (" + regionPopulation + ")");
        }
        BigDecimal pilot = BigDecimal.valueOf(pilotPopulation);
        BigDecimal region = BigDecimal.valueOf(regionPopulation);
        List<FunctionEstimate> functions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (String function : regionSpendGbpThousandByFunction.keySet().stream().sorted(FUNCTION_ORDER).toList()) {
            BigDecimal regionSpend = regionSpendGbpThousandByFunction.get(function);
            BigDecimal estimate = regionSpend.movePointRight(3).multiply(pilot).divide(region, 2, RoundingMode.HALF_EVEN);
            functions.add(new FunctionEstimate(function, regionSpend, estimate));
            total = total.add(estimate);
        }
        return new TopDownEstimate(functions, total, total.divide(pilot, 2, RoundingMode.HALF_EVEN));
    }

    private static int cofogNumber(String function) {
        int dot = function.indexOf('.');
        try {
            return dot > 0 ? Integer.parseInt(function.substring(0, dot)) : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
