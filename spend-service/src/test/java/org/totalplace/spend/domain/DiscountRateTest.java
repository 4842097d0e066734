package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class DiscountRateTest {

    @Test
    void shouldNotDiscountTheFirstYear() {
        assertThat(DiscountRate.GREEN_BOOK.factor(0)).isEqualByComparingTo("1");
    }

    @Test
    void shouldDiscountYearTByOneOverOnePlusRToTheT() {
        // 1/1.035 and 1/1.035² = 1/1.071225, divided out to 34 significant digits
        assertThat(DiscountRate.GREEN_BOOK.factor(1)).isEqualTo(new BigDecimal("0.9661835748792270531400966183574879"));
        assertThat(DiscountRate.GREEN_BOOK.factor(2)).isEqualTo(new BigDecimal("0.9335107003664029498938131578333217"));
        assertThat(DiscountRate.GREEN_BOOK.factor(2).precision()).isEqualTo(MathContext.DECIMAL128.getPrecision());
    }

    @Test
    void shouldLeaveEveryYearWholeAtARateOfZero() {
        assertThat(DiscountRate.parse("0").factor(30)).isEqualByComparingTo("1");
    }

    @Test
    void shouldDefaultToTheGreenBooksThreeAndAHalfPercent() {
        assertThat(DiscountRate.GREEN_BOOK.text()).isEqualTo("0.035");
    }

    @Test
    void shouldSpellEachRateOneWay() {
        assertThat(DiscountRate.parse("0.0350").text()).isEqualTo("0.035");
        assertThat(new DiscountRate(new BigDecimal("0.035000")).text()).isEqualTo("0.035");
        assertThat(DiscountRate.parse("1").text()).isEqualTo("1.0");
        assertThat(DiscountRate.parse("0.035")).isEqualTo(DiscountRate.GREEN_BOOK);
    }

    @Test
    void shouldRefuseRatesOutsideZeroToOne() {
        assertThatThrownBy(() -> DiscountRate.parse("1.5")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> DiscountRate.parse("-0.035")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DiscountRate.parse("3.5%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DiscountRate.parse("3.5e-2")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRefuseMoreThanSixDecimalPlaces() {
        assertThatThrownBy(() -> DiscountRate.parse("0.0350001")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("6 decimal places");
    }
}
