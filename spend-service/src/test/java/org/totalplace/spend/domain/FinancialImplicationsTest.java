package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.domain.RedesignExample.COUNCIL;
import static org.totalplace.spend.domain.RedesignExample.FLOWS;
import static org.totalplace.spend.domain.RedesignExample.NHS;
import static org.totalplace.spend.domain.RedesignExample.TERMS;
import static org.totalplace.spend.domain.RedesignExample.flow;
import static org.totalplace.spend.domain.RedesignExample.range;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/spend-redesign.md: the same numbers, computed by hand there. */
class FinancialImplicationsTest {

    private static final FinancialImplications EXAMPLE = FinancialImplications.of(TERMS, FLOWS);

    private static List<String> texts(List<BigDecimal> amounts) {
        return amounts.stream().map(BigDecimal::toPlainString).toList();
    }

    private static BodyPosition body(ScenarioOutcome outcome, String name) {
        return outcome.bodies().stream().filter(b -> b.body().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldStateItsRatePriceBasisAndYears() {
        assertThat(EXAMPLE.discountRate().text()).isEqualTo("0.035");
        assertThat(EXAMPLE.priceBasis()).isEqualTo(PriceBasis.real(FinancialYear.parse("2009-10")));
        assertThat(EXAMPLE.firstYear()).hasToString("2010-11");
        assertThat(EXAMPLE.lastYear()).hasToString("2012-13");
    }

    @Test
    void shouldWorkOutTheCentralCaseAsTheDocumentDoesByHand() {
        ScenarioOutcome central = EXAMPLE.scenario(Scenario.CENTRAL);

        assertThat(central.years()).extracting(y -> y.year().toString())
                .containsExactly("2010-11", "2011-12", "2012-13");
        assertThat(texts(central.years().stream().map(YearPosition::net).toList()))
                .containsExactly("-100000.00", "40000.00", "90000.00");
        assertThat(texts(central.years().stream().map(YearPosition::cumulativeNet).toList()))
                .containsExactly("-100000.00", "-60000.00", "30000.00");
        assertThat(texts(central.years().stream().map(YearPosition::presentValue).toList()))
                .containsExactly("-100000.00", "38647.34", "84015.96");
        assertThat(central.totalInvestment()).isEqualTo("100000.00");
        assertThat(central.totalSavings()).isEqualTo("130000.00");
        assertThat(central.net()).isEqualTo("30000.00");
        assertThat(central.npv()).isEqualTo("22663.31");
        assertThat(central.payback().year()).hasToString("2012-13");
    }

    @Test
    void shouldShowTheWrongPocketInTheCentralCase() {
        ScenarioOutcome central = EXAMPLE.scenario(Scenario.CENTRAL);

        assertThat(central.bodies()).extracting(BodyPosition::body).containsExactly(COUNCIL, NHS);
        BodyPosition council = body(central, COUNCIL);
        assertThat(council.investment()).isEqualTo("100000.00");
        assertThat(council.savings()).isEqualTo("10000.00");
        assertThat(council.net()).isEqualTo("-90000.00");
        assertThat(council.npv()).isEqualTo("-90664.89");
        assertThat(council.investsMoreThanItGetsBack()).isTrue();
        BodyPosition nhs = body(central, NHS);
        assertThat(nhs.net()).isEqualTo("120000.00");
        assertThat(nhs.npv()).isEqualTo("113328.20");
        assertThat(nhs.investsMoreThanItGetsBack()).isFalse();
        assertThat(central.bodiesOutOfPocket()).extracting(BodyPosition::body).containsExactly(COUNCIL);
        assertThat(texts(council.years().stream().map(BodyYear::net).toList()))
                .containsExactly("-100000.00", "0.00", "10000.00");
    }

    @Test
    void shouldTakeHighInvestmentAndLowSavingsInTheLowCase() {
        ScenarioOutcome low = EXAMPLE.scenario(Scenario.LOW);

        assertThat(texts(low.years().stream().map(YearPosition::cumulativeNet).toList()))
                .containsExactly("-120000.00", "-90000.00", "-25000.00");
        assertThat(low.npv()).isEqualTo("-30336.30");
        assertThat(low.payback().paysBack()).isFalse();
        assertThat(low.payback().reason()).contains("-25000.00").contains("2012-13");
        assertThat(body(low, COUNCIL).npv()).isEqualTo("-115332.45");
        assertThat(body(low, NHS).npv()).isEqualTo("84996.15");
    }

    @Test
    void shouldTakeLowInvestmentAndHighSavingsInTheHighCase() {
        ScenarioOutcome high = EXAMPLE.scenario(Scenario.HIGH);

        assertThat(texts(high.years().stream().map(YearPosition::cumulativeNet).toList()))
                .containsExactly("-90000.00", "5000.00", "120000.00");
        assertThat(high.npv()).isEqualTo("109141.17");
        assertThat(high.payback().year()).hasToString("2011-12");
        assertThat(body(high, COUNCIL).npv()).isEqualTo("-75997.34");
        assertThat(body(high, NHS).npv()).isEqualTo("185138.51");
    }

    @Test
    void shouldRoundTheNpvOnceFromUnroundedPresentValues() {
        List<CashFlow> pennies = new java.util.ArrayList<>();
        for (int t = 0; t <= 30; t++) {
            pennies.add(flow(NHS, new FinancialYear(2010 + t).toString(), AmountRange.NONE,
                    range("0.01", "0.01", "0.01")));
        }
        ScenarioOutcome central = FinancialImplications.of(TERMS, pennies).scenario(Scenario.CENTRAL);

        // Σ_{t=0..30} 0.01/1.035^t = 0.01 × (1 − 1.035^−31)/(1 − 1/1.035) = 0.19392… → 0.19. Rounded one by one,
        // the present values are 0.01 up to t = 20 (0.01/1.035^20 = 0.00503) and 0.00 after: they would add to 0.21.
        assertThat(central.npv()).isEqualTo("0.19");
        assertThat(central.years().stream().map(YearPosition::presentValue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo("0.21");
    }

    @Test
    void shouldPayBackInTheFirstYearWhenNothingIsInvested() {
        ScenarioOutcome central = FinancialImplications.of(TERMS,
                List.of(flow(NHS, "2011-12", AmountRange.NONE, range("1", "2", "3")))).scenario(Scenario.CENTRAL);

        assertThat(central.payback().year()).hasToString("2010-11");
        assertThat(central.years()).hasSize(2);
        assertThat(central.years().get(0).net()).isEqualTo("0.00");
    }

    @Test
    void shouldDiscountWithTheStatedRate() {
        ProposalTerms zero = new ProposalTerms("t", null, null, DiscountRate.parse("0"), TERMS.priceBasis(),
                TERMS.firstYear());

        assertThat(FinancialImplications.of(zero, FLOWS).scenario(Scenario.CENTRAL).npv()).isEqualTo("30000.00");
    }
}
