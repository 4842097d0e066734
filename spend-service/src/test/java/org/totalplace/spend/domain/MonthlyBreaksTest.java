package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Breaks against the median of a body's monthly totals, on small ledgers worked by hand. */
class MonthlyBreaksTest {

    private static final BigDecimal THREE = new BigDecimal("3");

    private static Map<YearMonth, MonthlyBreaks.Sum> months(Object... monthAndTotal) {
        Map<YearMonth, MonthlyBreaks.Sum> map = new LinkedHashMap<>();
        for (int i = 0; i < monthAndTotal.length; i += 2) {
            map.put(YearMonth.parse((String) monthAndTotal[i]),
                    new MonthlyBreaks.Sum(new BigDecimal((String) monthAndTotal[i + 1]), 1));
        }
        return map;
    }

    @Test
    void shouldFlagASpikeAFallAndAGapAgainstTheMedian() {
        // months with lines: 1000, 1100, 900, 5000, 100, 1000 → sorted 100, 900, 1000, 1000, 1100, 5000;
        // median (1000 + 1000) / 2 = 1000; factor 3: above 3000 is a break, below 1000 / 3 = 333.33... is a break.
        // 2009-07 (5000) above; 2009-08 (100) below; 2009-09 has no lines, 0.00, below.
        MonthlyBreaks.Result result = MonthlyBreaks.assess(months("2009-04", "1000.00", "2009-05", "1100.00",
                "2009-06", "900.00", "2009-07", "5000.00", "2009-08", "100.00", "2009-10", "1000.00"), THREE, 3);

        assertThat(result.median()).isEqualByComparingTo("1000");
        assertThat(result.notAssessed()).isNull();
        assertThat(result.months()).hasSize(7);
        assertThat(result.breaks()).extracting(m -> m.month().toString() + " " + m.breakDirection())
                .containsExactly("2009-07 ABOVE", "2009-08 BELOW", "2009-09 BELOW");
        MonthlyBreaks.MonthTotal july = result.months().get(3);
        assertThat(july.ratioToMedian().toPlainString()).isEqualTo("5.0000");
        MonthlyBreaks.MonthTotal gap = result.months().get(5);
        assertThat(gap.total().toPlainString()).isEqualTo("0.00");
        assertThat(gap.lines()).isZero();
    }

    @Test
    void shouldNotFlagAMonthExactlyOnAThreshold() {
        // median of 1000, 1000, 3000, 1000 = 1000; 3000 = 3 × 1000 is not more than it
        MonthlyBreaks.Result result = MonthlyBreaks.assess(months("2010-04", "1000.00", "2010-05", "1000.00",
                "2010-06", "3000.00", "2010-07", "1000.00"), THREE, 3);

        assertThat(result.breaks()).isEmpty();
        assertThat(result.months().get(2).ratioToMedian().toPlainString()).isEqualTo("3.0000");
    }

    @Test
    void shouldTakeTheMiddleValueAsMedianOfAnOddNumberOfMonths() {
        // 200, 300, 1000 → median 300; factor 2: above 600 → 2010-06 (1000) above; below 150 → none
        MonthlyBreaks.Result result = MonthlyBreaks.assess(months("2010-04", "200.00", "2010-05", "300.00",
                "2010-06", "1000.00"), new BigDecimal("2"), 3);

        assertThat(result.median()).isEqualByComparingTo("300.00");
        assertThat(result.breaks()).extracting(m -> m.month().toString()).containsExactly("2010-06");
        assertThat(result.months().get(0).ratioToMedian().toPlainString()).isEqualTo("0.6667");
    }

    @Test
    void shouldNotAssessFewerMonthsThanTheMinimum() {
        MonthlyBreaks.Result result = MonthlyBreaks.assess(months("2010-04", "10.00", "2010-06", "9000.00"), THREE, 3);

        assertThat(result.notAssessed()).contains("only 2 month(s) with lines");
        assertThat(result.months()).hasSize(3);
        assertThat(result.breaks()).isEmpty();
        assertThat(result.months()).allSatisfy(m -> assertThat(m.ratioToMedian()).isNull());
    }

    @Test
    void shouldNotAssessAgainstAMedianThatIsNotPositive() {
        MonthlyBreaks.Result result = MonthlyBreaks.assess(months("2010-04", "-10.00", "2010-05", "0.00",
                "2010-06", "5.00"), THREE, 3);

        assertThat(result.notAssessed()).contains("not positive");
        assertThat(result.breaks()).isEmpty();
    }

    @Test
    void shouldSayNothingIsDatedWhenThereAreNoMonths() {
        MonthlyBreaks.Result result = MonthlyBreaks.assess(Map.of(), THREE, 3);

        assertThat(result.months()).isEmpty();
        assertThat(result.notAssessed()).isEqualTo("no dated lines");
    }

    @Test
    void shouldRefuseAFactorOfOneOrLess() {
        assertThatThrownBy(() -> MonthlyBreaks.assess(Map.of(), BigDecimal.ONE, 3))
                .isInstanceOf(InvalidValueException.class);
    }
}
