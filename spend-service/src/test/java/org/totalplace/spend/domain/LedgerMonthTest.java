package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month of a ledger line: its YYYYPP financial period (01 = April), else its payment date. */
class LedgerMonthTest {

    private static final LocalDate PAID = LocalDate.of(2011, 1, 17);

    @Test
    void shouldReadAFinancialPeriodAsTheMonthCountedFromApril() {
        // Gateshead's December 2010 file carries period 201009: 2010-11, period 9 = December
        assertThat(LedgerMonth.of("201009", PAID)).isEqualTo(new LedgerMonth.Month(YearMonth.of(2010, 12)));
        assertThat(LedgerMonth.of("201001", PAID)).isEqualTo(new LedgerMonth.Month(YearMonth.of(2010, 4)));
        assertThat(LedgerMonth.of("201012", PAID)).isEqualTo(new LedgerMonth.Month(YearMonth.of(2011, 3)));
    }

    @Test
    void shouldTakePeriodThirteenAsTheYearEndAdjustmentsOfItsFinancialYear() {
        assertThat(LedgerMonth.of("201013", PAID))
                .isEqualTo(new LedgerMonth.YearEndAdjustment(FinancialYear.parse("2010-11")));
    }

    @Test
    void shouldFallBackToThePaymentDateForAnyOtherPeriod() {
        LedgerMonth january = new LedgerMonth.Month(YearMonth.of(2011, 1));
        assertThat(LedgerMonth.of(null, PAID)).isEqualTo(january);
        assertThat(LedgerMonth.of("", PAID)).isEqualTo(january);
        assertThat(LedgerMonth.of("201000", PAID)).isEqualTo(january);
        assertThat(LedgerMonth.of("201014", PAID)).isEqualTo(january);
        assertThat(LedgerMonth.of("2010-09", PAID)).isEqualTo(january);
        assertThat(LedgerMonth.of("P9", PAID)).isEqualTo(january);
    }

    @Test
    void shouldBeUndatedWithNeitherPeriodNorDate() {
        assertThat(LedgerMonth.of("Sept", null)).isInstanceOf(LedgerMonth.Undated.class);
    }
}
