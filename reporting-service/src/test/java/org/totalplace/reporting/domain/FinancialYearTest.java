package org.totalplace.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void shouldReadAndWriteTheUsualForm() {
        assertThat(FinancialYear.parse("2009-10").startYear()).isEqualTo(2009);
        assertThat(FinancialYear.parse("2009-10")).hasToString("2009-10");
    }

    @Test
    void shouldSpanTheCenturyBoundary() {
        assertThat(FinancialYear.parse("1999-00")).hasToString("1999-00");
    }

    @Test
    void shouldRefuseYearsThatAreNotConsecutive() {
        assertThatThrownBy(() -> FinancialYear.parse("2009-11")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FinancialYear.parse("2009-09")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRefuseOtherSpellings() {
        for (String text : new String[] {"2009/10", "2009-2010", "09-10", "2009", "", " 2009-10"}) {
            assertThatThrownBy(() -> FinancialYear.parse(text)).as(text).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldOrderByStartYear() {
        assertThat(FinancialYear.parse("2008-09")).isLessThan(FinancialYear.parse("2009-10"));
    }
}
