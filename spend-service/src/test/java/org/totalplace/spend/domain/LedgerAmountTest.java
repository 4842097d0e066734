package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

    @Test
    void shouldReadPlainAmountsInPenceExactlyAsTheGeneralPathReadsThem() {
        Random random = new Random(20261123);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(18);
            for (int i = 0; i < digits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            int decimals = random.nextInt(4);
            if (decimals > 0) {
                text.append('.');
                for (int i = 0; i < decimals; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            long cents = LedgerAmount.plainCents(text.toString());
            if (digits > 16 || decimals > 2) {
                assertThat(cents).as(text.toString()).isEqualTo(LedgerAmount.NOT_PLAIN);
            } else {
                assertThat(BigDecimal.valueOf(cents, 2)).as(text.toString())
                        .isEqualTo(new BigDecimal(text.toString()).setScale(2));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'1,000'", "£5", "(5)", "5.", "'-'", "1e3", "12345678901234567"})
    void shouldLeaveAnythingButAPlainAmountToTheGeneralPath(String text) {
        assertThat(LedgerAmount.plainCents(text)).isEqualTo(LedgerAmount.NOT_PLAIN);
    }
}
