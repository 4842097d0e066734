package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopDownEstimateTest {

    @Test
    void shouldApportionEachFunctionByPopulationShareRoundingOnceToThePennyHalfEven() {
        Map<String, BigDecimal> region = new LinkedHashMap<>();
        region.put("10. Social protection", new BigDecimal("1000.0000005")); // £1,000,000.0005 → 1/4 = 250,000.000125
        region.put("7. Health", new BigDecimal("0.00001"));                   // £0.01 → 1/4 = 0.0025 → 0.00 (half even)
        region.put("1. General public services", new BigDecimal("-0.00006")); // −£0.06 → −0.015 → −0.02 (half even)

        TopDownEstimate estimate = TopDownEstimate.of(region, 1, 4);

        assertThat(estimate.functions()).extracting(TopDownEstimate.FunctionEstimate::function)
                .containsExactly("1. General public services", "7. Health", "10. Social protection");
        assertThat(estimate.functions()).extracting(TopDownEstimate.FunctionEstimate::estimateGbp)
                .containsExactly(new BigDecimal("-0.02"), new BigDecimal("0.00"), new BigDecimal("250000.00"));
        assertThat(estimate.total()).isEqualTo(new BigDecimal("249999.98"));
        assertThat(estimate.perCapita()).isEqualTo(new BigDecimal("249999.98"));
    }

    @Test
    void shouldGivePerCapitaAsTheTotalOverThePilotsPopulation() {
        TopDownEstimate estimate = TopDownEstimate.of(Map.of("9. Education", new BigDecimal("300")), 3, 9);

        assertThat(estimate.total()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(estimate.perCapita()).isEqualTo(new BigDecimal("33333.33"));
    }

    @Test
    void shouldRefuseAPilotWithoutPeopleOrLargerThanItsRegion() {
        Map<String, BigDecimal> region = Map.of("9. Education", BigDecimal.ONE);
        assertThatThrownBy(() -> TopDownEstimate.of(region, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopDownEstimate.of(region, 11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
