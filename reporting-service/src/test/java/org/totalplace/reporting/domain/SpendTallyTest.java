package org.totalplace.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SpendTallyTest {

    private static final FinancialYear FY_2009 = FinancialYear.parse("2009-10");
    private static final FinancialYear FY_2008 = FinancialYear.parse("2008-09");

    private static SpendTally line(FinancialYear year, PriceBasis basis, String amount, String currency) {
        Money money = Money.parse(amount, currency);
        return new SpendTally(SpendKey.of(year, basis, money), money, 1);
    }

    @Test
    void shouldPutLinesOfTheSameYearBasisAndCurrencyInOneBucket() {
        UUID pilot = UUID.randomUUID();
        SpendBucket a = SpendBucket.forLine(pilot, FY_2009, PriceBasis.nominal(), Money.parse("0.10", "GBP"));
        SpendBucket b = SpendBucket.forLine(pilot, FY_2009, PriceBasis.nominal(), Money.parse("99.99", "GBP"));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void shouldKeepEachDifferenceInItsOwnBucket() {
        UUID pilot = UUID.randomUUID();
        Money money = Money.parse("1.00", "GBP");
        SpendBucket nominal2009 = SpendBucket.forLine(pilot, FY_2009, PriceBasis.nominal(), money);

        assertThat(SpendBucket.forLine(pilot, FY_2008, PriceBasis.nominal(), money)).isNotEqualTo(nominal2009);
        assertThat(SpendBucket.forLine(pilot, FY_2009, PriceBasis.real(FY_2008), money)).isNotEqualTo(nominal2009);
        assertThat(SpendBucket.forLine(pilot, FY_2009, PriceBasis.real(FY_2009), money))
                .isNotEqualTo(SpendBucket.forLine(pilot, FY_2009, PriceBasis.real(FY_2008), money));
        assertThat(SpendBucket.forLine(pilot, FY_2009, PriceBasis.nominal(), Money.parse("1.00", "EUR")))
                .isNotEqualTo(nominal2009);
        assertThat(SpendBucket.forLine(UUID.randomUUID(), FY_2009, PriceBasis.nominal(), money)).isNotEqualTo(nominal2009);
    }

    @Test
    void shouldAddTalliesOfTheSameKeyAndCountTheirLines() {
        SpendTally sum = line(FY_2009, PriceBasis.nominal(), "0.10", "GBP")
                .plus(line(FY_2009, PriceBasis.nominal(), "0.20", "GBP"));

        assertThat(sum.total().amountText()).isEqualTo("0.30");
        assertThat(sum.lines()).isEqualTo(2);
    }

    @Test
    void shouldRefuseToAddRealPricesToNominalOnes() {
        assertThatThrownBy(() -> line(FY_2009, PriceBasis.nominal(), "1.00", "GBP")
                .plus(line(FY_2009, PriceBasis.real(FY_2008), "1.00", "GBP")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldRefuseToAddDifferentYears() {
        assertThatThrownBy(() -> line(FY_2009, PriceBasis.nominal(), "1.00", "GBP")
                .plus(line(FY_2008, PriceBasis.nominal(), "1.00", "GBP")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldCombineProgrammeTotalsLikeWithLikeInYearBasisCurrencyOrder() {
        List<SpendTally> totals = SpendTotals.combine(List.of(
                line(FY_2009, PriceBasis.real(FY_2008), "5.00", "GBP"),
                line(FY_2009, PriceBasis.nominal(), "0.10", "GBP"),
                line(FY_2008, PriceBasis.nominal(), "7.00", "GBP"),
                line(FY_2009, PriceBasis.nominal(), "0.20", "GBP"),
                line(FY_2009, PriceBasis.nominal(), "3.00", "EUR"),
                line(FY_2009, PriceBasis.real(FY_2008), "0.01", "GBP")));

        assertThat(totals).extracting(t -> t.key().toString(), t -> t.total().toString(), SpendTally::lines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2008-09 nominal GBP", "7.00 GBP", 1L),
                        org.assertj.core.groups.Tuple.tuple("2009-10 nominal EUR", "3.00 EUR", 1L),
                        org.assertj.core.groups.Tuple.tuple("2009-10 nominal GBP", "0.30 GBP", 2L),
                        org.assertj.core.groups.Tuple.tuple("2009-10 real (2008-09 prices) GBP", "5.01 GBP", 2L));
    }

    @Test
    void shouldInsistARealBasisNamesItsBaseYearAndANominalOneDoesNot() {
        assertThatThrownBy(() -> new PriceBasis(PriceBasis.Kind.REAL, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PriceBasis(PriceBasis.Kind.NOMINAL, FY_2008))
                .isInstanceOf(InvalidValueException.class);
    }
}
