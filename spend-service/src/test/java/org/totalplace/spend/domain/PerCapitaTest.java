package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PerCapitaTest {

    @Test
    void shouldRoundHalfToEvenPenny() {
        // 1,501,250.00 / 250,000 = 6.005 exactly: half-even keeps 6.00; 1,503,750.00 / 250,000 = 6.015 → 6.02
        assertThat(PerCapita.of(new BigDecimal("1501250.00"), 250_000)).isEqualByComparingTo("6.00");
        assertThat(PerCapita.of(new BigDecimal("1503750.00"), 250_000)).isEqualByComparingTo("6.02");
        assertThat(PerCapita.of(new BigDecimal("-10.00"), 3).toPlainString()).isEqualTo("-3.33");
    }

    @Test
    void shouldRefuseANonPositivePopulation() {
        assertThatThrownBy(() -> PerCapita.of(BigDecimal.ONE, 0)).isInstanceOf(InvalidValueException.class);
    }
}
