package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tukey's fences over per-capita figures, worked by hand. */
class OutlierRuleTest {

    private static final BigDecimal K = new BigDecimal("1.5");

    private static List<BigDecimal> values(String... texts) {
        return Arrays.stream(texts).map(BigDecimal::new).toList();
    }

    @Test
    void shouldFlagAValueAboveTheUpperFenceAsHigh() {
        // Q1 102, Q3 106 (h whole), IQR 4, fences 102 − 6 = 96 and 106 + 6 = 112
        OutlierRule.Fences fences = OutlierRule.fences(values("100.00", "102.00", "104.00", "106.00", "200.00"), K, 4);

        assertThat(fences.lower()).isEqualByComparingTo("96");
        assertThat(fences.upper()).isEqualByComparingTo("112");
        assertThat(fences.classify(new BigDecimal("200.00"))).isEqualTo(OutlierRule.Direction.HIGH);
        assertThat(fences.classify(new BigDecimal("95.99"))).isEqualTo(OutlierRule.Direction.LOW);
        assertThat(fences.classify(new BigDecimal("104.00"))).isNull();
    }

    @Test
    void shouldNotFlagAValueExactlyOnAFence() {
        OutlierRule.Fences fences = OutlierRule.fences(values("100.00", "102.00", "104.00", "106.00", "200.00"), K, 4);

        assertThat(fences.classify(new BigDecimal("112.00"))).isNull();
        assertThat(fences.classify(new BigDecimal("96.00"))).isNull();
        assertThat(fences.classify(new BigDecimal("112.01"))).isEqualTo(OutlierRule.Direction.HIGH);
    }

    @Test
    void shouldFlagALowValueWithInterpolatedQuartiles() {
        // 5, 50, 52, 54, 56, 58: n = 6; Q1 h = 1.25 → 50 + 0.25·2 = 50.5; Q3 h = 3.75 → 54 + 0.75·2 = 55.5
        // IQR 5, fences 50.5 − 7.5 = 43 and 55.5 + 7.5 = 63: 5 is low, nothing is high
        OutlierRule.Fences fences = OutlierRule.fences(values("58", "5", "50", "52", "54", "56"), K, 4);

        assertThat(fences.quartiles().q1()).isEqualByComparingTo("50.5");
        assertThat(fences.quartiles().q3()).isEqualByComparingTo("55.5");
        assertThat(fences.lower()).isEqualByComparingTo("43");
        assertThat(fences.upper()).isEqualByComparingTo("63");
        assertThat(fences.classify(new BigDecimal("5"))).isEqualTo(OutlierRule.Direction.LOW);
        assertThat(fences.classify(new BigDecimal("58"))).isNull();
    }

    @Test
    void shouldUseTheStatedMultiplier() {
        // IQR 4 with k = 3: fences 102 − 12 = 90 and 106 + 12 = 118
        OutlierRule.Fences fences = OutlierRule.fences(values("100", "102", "104", "106", "117"), new BigDecimal("3"), 4);

        assertThat(fences.upper()).isEqualByComparingTo("118");
        assertThat(fences.classify(new BigDecimal("117"))).isNull();
    }

    @Test
    void shouldGiveNoFencesForFewerValuesThanTheMinimum() {
        assertThat(OutlierRule.fences(values("1", "2", "300"), K, 4)).isNull();
        assertThat(OutlierRule.fences(values("1", "2", "300"), K, 3)).isNotNull();
    }
}
