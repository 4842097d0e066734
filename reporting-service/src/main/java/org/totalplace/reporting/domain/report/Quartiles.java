package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Lower and upper quartiles of a sample by Hyndman and Fan's type 7 (R's default, Excel's QUARTILE.INC): for
 * p in (0, 1) and the sorted sample x[0..n-1], h = (n - 1) p, and the quantile is x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h]). Exact: h is a multiple of 1/4, so no rounding is needed.
 */
public record Quartiles(BigDecimal q1, BigDecimal q3) {

    public static final BigDecimal FENCE_FACTOR = new BigDecimal("1.5");

    public static Quartiles of(List<BigDecimal> sample) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("quartiles of an empty sample");
        }
        List<BigDecimal> sorted = sample.stream().sorted().toList();
        return new Quartiles(quantile(sorted, 1), quantile(sorted, 3));
    }

    /** The {@code quarters}/4 quantile of a sorted sample. */
    private static BigDecimal quantile(List<BigDecimal> sorted, int quarters) {
        int numerator = (sorted.size() - 1) * quarters; // h = numerator / 4
        int low = numerator / 4;
        int remainder = numerator % 4;
        BigDecimal base = sorted.get(low);
        if (remainder == 0) {
            return base;
        }
        BigDecimal step = sorted.get(low + 1).subtract(base);
        return base.add(step.multiply(BigDecimal.valueOf(remainder)).divide(BigDecimal.valueOf(4)));
    }

    public BigDecimal iqr() {
        return q3.subtract(q1);
    }

    public BigDecimal lowFence() {
        return q1.subtract(FENCE_FACTOR.multiply(iqr()));
    }

    public BigDecimal highFence() {
        return q3.add(FENCE_FACTOR.multiply(iqr()));
    }
}
