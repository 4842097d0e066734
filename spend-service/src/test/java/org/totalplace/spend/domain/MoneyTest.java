package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void shouldAddTenPenceAndTwentyPenceToExactlyThirtyPence() {
        Money sum = Money.of("0.10", "GBP").plus(Money.of("0.20", "GBP"));

        assertThat(sum.amountText()).isEqualTo("0.30");
        assertThat(sum).isEqualTo(Money.of("0.30", "GBP"));
    }

    @Test
    void shouldKeepTheExactTextOfAnAmountAtScaleTwo() {
        assertThat(Money.of("2200000000.00", "GBP").amountText()).isEqualTo("2200000000.00");
        assertThat(Money.of("0.10", "GBP").amountText()).isEqualTo("0.10");
        assertThat(Money.of("-12.50", "GBP").amountText()).isEqualTo("-12.50");
    }

    @Test
    void shouldWidenWholePoundsAndTenthsToTwoDecimalPlaces() {
        assertThat(Money.of("5", "GBP").amountText()).isEqualTo("5.00");
        assertThat(Money.of("5.1", "GBP").amountText()).isEqualTo("5.10");
        assertThat(Money.of(new BigDecimal("7"), GBP).amount().scale()).isEqualTo(2);
    }

    @Test
    void shouldTreatAmountsWithDifferentTrailingZerosAsEqual() {
        assertThat(Money.of("5", "GBP")).isEqualTo(Money.of("5.00", "GBP"));
        assertThat(Money.of("5", "GBP").hashCode()).isEqualTo(Money.of("5.00", "GBP").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.105", "1.001", "1.230", "0.000"})
    void shouldRejectMoreThanTwoDecimalPlacesInsteadOfRounding(String text) {
        assertThatThrownBy(() -> Money.of(text, "GBP"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2 decimal places");
    }

    @Test
    void shouldRejectABigDecimalWithMoreThanTwoDecimalPlaces() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.125"), GBP))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1e3", "1E3", "1.5e2", "NaN", "Infinity", "-Infinity", "+1.00", " 1.00",
            "1.00 ", "1,000.00", ".5", "5.", "--1", "0x10", "£1.00", "1_000"})
    void shouldRejectAnythingButAPlainDecimal(String text) {
        assertThatThrownBy(() -> Money.parseAmount(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRejectAMissingAmount() {
        assertThatThrownBy(() -> Money.parseAmount(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldAcceptTheLargestAmountThatFitsNumeric19Scale2() {
        assertThat(Money.of("99999999999999999.99", "GBP").amountText()).isEqualTo("99999999999999999.99");
        assertThat(Money.of("-99999999999999999.99", "GBP").amountText()).isEqualTo("-99999999999999999.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000000000000000.00", "100000000000000000", "-100000000000000000.00",
            "123456789012345678901234567890123456789012345"})
    void shouldRejectAmountsBeyondNumeric19Scale2(String text) {
        assertThatThrownBy(() -> Money.of(text, "GBP"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("17 digits");
    }

    @Test
    void shouldRejectASumThatOverflowsNumeric19Scale2() {
        Money big = Money.of("99999999999999999.99", "GBP");

        assertThatThrownBy(() -> big.plus(Money.of("0.01", "GBP"))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gbp", "GB", "GBPX", "ZZZ", "XAU", "XXX", "£"})
    void shouldRejectAnythingButARealIso4217CurrencyCode(String code) {
        assertThatThrownBy(() -> Money.of("1.00", code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRefuseToAddDifferentCurrencies() {
        Money pounds = Money.of("1.00", "GBP");
        Money euros = Money.of("1.00", "EUR");

        assertThatThrownBy(() -> pounds.plus(euros)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> pounds.compareTo(euros)).isInstanceOf(InvalidValueException.class);
        assertThat(pounds).isNotEqualTo(euros);
    }

    @Test
    void shouldSubtractAndNegateExactly() {
        Money a = Money.of("1.00", "GBP");

        assertThat(a.minus(Money.of("0.01", "GBP")).amountText()).isEqualTo("0.99");
        assertThat(a.negate().amountText()).isEqualTo("-1.00");
        assertThat(a.negate().isNegative()).isTrue();
        assertThat(Money.zero(GBP).isZero()).isTrue();
    }
}
