package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sudden month-on-month breaks in a body's spending. The months assessed run from the first to the last month with
 * any line; a month inside that span without lines counts as a total of 0.00. The median is taken over the months
 * that have lines (so gaps cannot drag it to zero). A month is a break when its total is more than {@code factor}
 * times the median ({@code ABOVE}) or less than the median divided by {@code factor} ({@code BELOW}; a gap month is
 * always below a positive median). Nothing is assessed when fewer than {@code minMonths} months have lines or the
 * median is not positive (a ratio to it means nothing); the result says why.
 */
public final class MonthlyBreaks {

    public static final String METHOD = "A month is a break when its total is more than factor × the median of the "
            + "body's monthly totals, or less than median ÷ factor. The months run from the first to the last month "
            + "with lines; a month without lines inside that span counts as 0.00. The median is over the months with "
            + "lines (the mean of the middle two when their number is even). Month: the ledger period when it is "
            + "YYYYPP (01 = April), else the payment date; period 13 (year-end adjustments) is shown apart and not "
            + "assessed.";

    public static final BigDecimal DEFAULT_FACTOR = new BigDecimal("3");
    public static final int DEFAULT_MIN_MONTHS = 3;

    public enum Direction { ABOVE, BELOW }

    /** One month: its total and line count, its ratio to the median (null when not assessed) and its break. */
    public record MonthTotal(YearMonth month, BigDecimal total, long lines, BigDecimal ratioToMedian,
                             Direction breakDirection) {
    }

    public record Result(List<MonthTotal> months, BigDecimal median, String notAssessed) {

        public Result {
            months = List.copyOf(months);
        }

        public List<MonthTotal> breaks() {
            return months.stream().filter(m -> m.breakDirection() != null).toList();
        }
    }

    /** A month's total and line count, as summed from the ledger. */
    public record Sum(BigDecimal total, long lines) {

        public Sum {
            Objects.requireNonNull(total, "total");
        }
    }

    private MonthlyBreaks() {
    }

    /**
     * @param factor    above 1
     * @param minMonths at least 1
     */
    public static Result assess(Map<YearMonth, Sum> totals, BigDecimal factor, int minMonths) {
        if (factor.compareTo(BigDecimal.ONE) <= 0) {
            throw new InvalidValueException("must be greater than 1");
        }
        if (minMonths < 1) {
            throw new InvalidValueException("must be at least 1");
        }
        SortedMap<YearMonth, Sum> byMonth = new TreeMap<>(totals);
        if (byMonth.isEmpty()) {
            return new Result(List.of(), null, "no dated lines");
        }
        BigDecimal median = median(byMonth.values().stream().map(Sum::total).toList());
        String notAssessed = null;
        if (byMonth.size() < minMonths) {
            notAssessed = "only " + byMonth.size() + " month(s) with lines; at least " + minMonths + " are needed";
        } else if (median.signum() <= 0) {
            notAssessed = "the median monthly total is " + median.toPlainString() + ", not positive";
        }
        BigDecimal upper = median.multiply(factor);
        List<MonthTotal> months = new ArrayList<>();
        for (YearMonth month = byMonth.firstKey(); !month.isAfter(byMonth.lastKey()); month = month.plusMonths(1)) {
            Sum sum = byMonth.getOrDefault(month, new Sum(new BigDecimal("0.00"), 0));
            if (notAssessed != null) {
                months.add(new MonthTotal(month, sum.total(), sum.lines(), null, null));
                continue;
            }
            BigDecimal ratio = sum.total().divide(median, new MathContext(10, RoundingMode.HALF_EVEN))
                    .setScale(4, RoundingMode.HALF_EVEN);
            Direction direction = null;
            if (sum.total().compareTo(upper) > 0) {
                direction = Direction.ABOVE;
            } else if (sum.total().multiply(factor).compareTo(median) < 0) {
                direction = Direction.BELOW;
            }
            months.add(new MonthTotal(month, sum.total(), sum.lines(), ratio, direction));
        }
        return new Result(months, median, notAssessed);
    }

    /** The middle value; the exact mean of the middle two when there is an even number. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
