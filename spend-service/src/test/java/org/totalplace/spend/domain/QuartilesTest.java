package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type 7 quartiles, each expectation worked by hand from h = (n − 1)·p. */
class QuartilesTest {

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(BigDecimal::new).toList();
    }

    @Test
    void shouldInterpolateBetweenOrderStatisticsForFourValues() {
        // n = 4: Q1 h = 0.75 → 1 + 0.75·(2 − 1) = 1.75; Q3 h = 2.25 → 3 + 0.25·(4 − 3) = 3.25
        Quartiles q = Quartiles.of(values("4", "1", "3", "2"));

        assertThat(q.q1()).isEqualByComparingTo("1.75");
        assertThat(q.q3()).isEqualByComparingTo("3.25");
        assertThat(q.iqr()).isEqualByComparingTo("1.5");
    }

    @Test
    void shouldMatchRsDefaultQuantilesForSixValues() {
        // R: quantile(c(7, 15, 36, 39, 40, 41)) gives 25% 20.25 and 75% 39.75
        // n = 6: Q1 h = 1.25 → 15 + 0.25·(36 − 15) = 20.25; Q3 h = 3.75 → 39 + 0.75·(40 − 39) = 39.75
        Quartiles q = Quartiles.of(values("41", "7", "39", "15", "40", "36"));

        assertThat(q.q1()).isEqualByComparingTo("20.25");
        assertThat(q.q3()).isEqualByComparingTo("39.75");
    }

    @Test
    void shouldTakeOrderStatisticsExactlyWhenHIsWhole() {
        // n = 5: Q1 h = 1 → x[1]; Q3 h = 3 → x[3]
        Quartiles q = Quartiles.of(values("100.00", "102.00", "104.00", "106.00", "200.00"));

        assertThat(q.q1()).isEqualByComparingTo("102.00");
        assertThat(q.q3()).isEqualByComparingTo("106.00");
    }

    @Test
    void shouldKeepPenceExactWhenInterpolating() {
        // n = 4 of pence: Q1 = 10.01 + 0.75·(10.02 − 10.01) = 10.0175; Q3 = 10.03 + 0.25·(10.05 − 10.03) = 10.035
        Quartiles q = Quartiles.of(values("10.01", "10.02", "10.03", "10.05"));

        assertThat(q.q1().toPlainString()).isEqualTo("10.0175");
        assertThat(q.q3().toPlainString()).isEqualTo("10.0350");
    }

    @Test
    void shouldGiveTheValueItselfForASingleValue() {
        Quartiles q = Quartiles.of(values("42.00"));

        assertThat(q.q1()).isEqualByComparingTo("42.00");
        assertThat(q.q3()).isEqualByComparingTo("42.00");
    }

    @Test
    void shouldRefuseNoValues() {
        assertThatThrownBy(() -> Quartiles.of(List.of())).isInstanceOf(InvalidValueException.class);
    }
}
