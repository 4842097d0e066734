package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

    @Test
    void shouldPlaceTheLastDayOfMarchInTheYearThatStartedTheApril() {
        assertThat(FinancialYear.containing(LocalDate.of(2010, 3, 31))).hasToString("2009-10");
    }

    @Test
    void shouldStartANewFinancialYearOnTheFirstOfApril() {
        assertThat(FinancialYear.containing(LocalDate.of(2010, 4, 1))).hasToString("2010-11");
    }

    @Test
    void shouldPutJanuaryInTheFinancialYearThatStartedTheYearBefore() {
        assertThat(FinancialYear.containing(LocalDate.of(2010, 1, 15))).isEqualTo(FinancialYear.startingIn(2009));
    }

    @Test
    void shouldReadAndWriteTheUsualForm() {
        FinancialYear year = FinancialYear.parse("2009-10");

        assertThat(year.startYear()).isEqualTo(2009);
        assertThat(year).hasToString("2009-10");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2009, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2010, 3, 31));
    }

    @Test
    void shouldWrapTheSecondPartAtTheCentury() {
        assertThat(FinancialYear.parse("1999-00").startYear()).isEqualTo(1999);
        assertThat(FinancialYear.startingIn(1999)).hasToString("1999-00");
        assertThat(FinancialYear.startingIn(2000)).hasToString("2000-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009-11", "2009-09", "2009-2010", "2009/10", "2009", "09-10", "2009-1", " 2009-10",
            "2009-10 ", "abcd-ef", "", "1999-99", "0000-01"})
    void shouldRejectTextThatIsNotAFinancialYear(String text) {
        assertThatThrownBy(() -> FinancialYear.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRejectAMissingFinancialYear() {
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldContainExactlyTheDaysFromAprilToMarch() {
        FinancialYear year = FinancialYear.parse("2009-10");

        assertThat(year.contains(LocalDate.of(2009, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2009, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2010, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2010, 4, 1))).isFalse();
    }

    @Test
    void shouldOrderAndStepByWholeYears() {
        FinancialYear year = FinancialYear.parse("2009-10");

        assertThat(year.next()).hasToString("2010-11");
        assertThat(year.previous()).hasToString("2008-09");
        assertThat(year).isLessThan(year.next());
    }
}
