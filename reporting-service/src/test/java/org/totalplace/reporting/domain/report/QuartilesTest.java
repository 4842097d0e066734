package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.reporting.domain.report.States.d;

import java.util.List;
import java.util.stream.IntStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuartilesTest {

    /** R: quantile(c(1:9, 100), c(.25, .75)) gives 3.25 and 7.75 (type 7). */
    @Test
    void shouldTakeQuartilesAsRsType7() {
        List<BigDecimal> sample = IntStream.of(100, 1, 2, 3, 4, 5, 6, 7, 8, 9).mapToObj(BigDecimal::valueOf).toList();
        Quartiles q = Quartiles.of(sample);
        assertThat(q.q1()).isEqualByComparingTo("3.25");
        assertThat(q.q3()).isEqualByComparingTo("7.75");
        assertThat(q.iqr()).isEqualByComparingTo("4.5");
        assertThat(q.lowFence()).isEqualByComparingTo("-3.5"); // 3.25 - 6.75
        assertThat(q.highFence()).isEqualByComparingTo("14.5"); // 7.75 + 6.75
    }

    /** R: quantile(c(10, 20, 30, 40, 50), c(.25, .75)) gives 20 and 40: h = 1 and 3 fall on values. */
    @Test
    void shouldTakeSampleValuesWhenThePositionIsWhole() {
        Quartiles q = Quartiles.of(List.of(d("50"), d("10"), d("30"), d("20"), d("40")));
        assertThat(q.q1()).isEqualByComparingTo("20");
        assertThat(q.q3()).isEqualByComparingTo("40");
    }

    @Test
    void shouldGiveTheValueItselfForASingleValue() {
        Quartiles q = Quartiles.of(List.of(d("8800.00")));
        assertThat(q.q1()).isEqualByComparingTo("8800");
        assertThat(q.q3()).isEqualByComparingTo("8800");
        assertThat(q.iqr()).isEqualByComparingTo("0");
    }
}
