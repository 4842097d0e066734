package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "384|384.00", "1156.5|1156.50", "9300.00|9300.00", "0|0.00", "1,234,567.89|1234567.89",
            "-12.50|-12.50", "(12.50)|-12.50", "( 1,000 )|-1000.00", "£1,000|1000.00", "-£3.10|-3.10",
            "' 42.00 '|42.00", "-0|0.00", "007|7.00", "-0.5|-0.50", "99999999999999999.99|99999999999999999.99"})
    void shouldReadAmountsAsLedgersPublishThem(String text, String expected) {
        assertThat(LedgerAmount.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "''|is blank",
            "12.345|has more than 2 decimal places",
            "1,23|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "twelve|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "1e3|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "(-5)|is negative twice (a minus inside parentheses)",
            "123456789012345678|is too large: at most 17 digits before the decimal point",
            "-123456789012345678.5|is too large: at most 17 digits before the decimal point",
            "5.|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "-|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "1.2.3|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "--5|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "1 000|is not an amount such as 1234.56, 1,234.56, -12.50 or (12.50)",
            "-0.125|has more than 2 decimal places"})
    void shouldRefuseWithAReason(String text, String reason) {
        assertThatThrownBy(() -> LedgerAmount.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(reason);
    }
}
