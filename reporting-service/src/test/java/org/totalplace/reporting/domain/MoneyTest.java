package org.totalplace.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void shouldAddTenAndTwentyPenceExactly() {
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; in pence it is 30.
        Money sum = Money.parse("0.10", "GBP").plus(Money.parse("0.20", "GBP"));

        assertThat(sum.amountText()).isEqualTo("0.30");
    }

    @Test
    void shouldWidenWholeAmountsToTwoDecimalPlaces() {
        assertThat(Money.parse("2200000000", "GBP").amountText()).isEqualTo("2200000000.00");
        assertThat(Money.parse("-3.5", "GBP").amountText()).isEqualTo("-3.50");
    }

    @Test
    void shouldRefuseFractionsOfAPennyRatherThanRound() {
        assertThatThrownBy(() -> Money.parse("0.105", "GBP"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2 decimal places");
    }

    @Test
    void shouldAcceptTrailingZerosBeyondThePenny() {
        assertThat(Money.parse("1.500", "GBP").amountText()).isEqualTo("1.50");
    }

    @Test
    void shouldRefuseAmountsThatAreNotPlainDecimals() {
        for (String text : new String[] {"1e3", "+1.00", " 1.00", "NaN", "", "1,000.00", "0x10"}) {
            assertThatThrownBy(() -> Money.parse(text, "GBP")).as(text).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void shouldRefuseAmountsBeyondNumeric19Scale2() {
        assertThat(Money.parse("99999999999999999.99", "GBP").amountText()).isEqualTo("99999999999999999.99");
        assertThatThrownBy(() -> Money.parse("100000000000000000.00", "GBP"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("17 digits");
    }

    @Test
    void shouldRefuseToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.parse("1.00", "GBP").plus(Money.parse("1.00", "EUR")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("EUR");
    }

    @Test
    void shouldRefuseCurrencyCodesThatAreNotThreeCapitals() {
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "gbp")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(InvalidValueException.class);
    }
}
