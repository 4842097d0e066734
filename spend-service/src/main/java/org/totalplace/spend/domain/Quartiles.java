package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The first and third quartiles of a sample, by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, R's default and Excel's QUARTILE.INC): sort the n values x[0] ≤ ... ≤ x[n-1]; for probability p let
 * h = (n − 1)·p; the quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). With p = 0.25 and 0.75 the fraction is a
 * multiple of 0.25, so the result is exact in decimal.
 */
public record Quartiles(BigDecimal q1, BigDecimal q3) {

    public static final String METHOD = "linear interpolation between order statistics (Hyndman & Fan type 7, "
            + "R's default): h = (n - 1) * p, Q(p) = x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]), "
            + "with x sorted ascending and indexed from 0";

    public static Quartiles of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new InvalidValueException("quartiles need at least one value");
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        return new Quartiles(quantile(sorted, 1, 4), quantile(sorted, 3, 4));
    }

    public BigDecimal iqr() {
        return q3.subtract(q1);
    }

    /** Type 7 quantile at p = numerator / denominator, exactly, from values sorted ascending. */
    static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
        int n = sorted.size();
        // h = (n - 1) * p = whole + fraction / denominator
        int scaled = (n - 1) * numerator;
        int whole = scaled / denominator;
        int remainder = scaled % denominator;
        BigDecimal low = sorted.get(whole);
        if (remainder == 0) {
            return low;
        }
        BigDecimal high = sorted.get(whole + 1);
        BigDecimal fraction = BigDecimal.valueOf(remainder).divide(BigDecimal.valueOf(denominator));
        return low.add(fraction.multiply(high.subtract(low)));
    }
}
