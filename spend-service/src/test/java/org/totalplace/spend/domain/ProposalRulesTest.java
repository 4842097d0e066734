package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.domain.RedesignExample.COUNCIL;
import static org.totalplace.spend.domain.RedesignExample.FLOWS;
import static org.totalplace.spend.domain.RedesignExample.NHS;
import static org.totalplace.spend.domain.RedesignExample.TERMS;
import static org.totalplace.spend.domain.RedesignExample.flow;
import static org.totalplace.spend.domain.RedesignExample.range;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalRulesTest {

    private static List<CashFlow> with(CashFlow extra) {
        List<CashFlow> flows = new ArrayList<>(FLOWS);
        flows.add(extra);
        return flows;
    }

    private static List<String> fields(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::field).toList();
    }

    @Test
    void shouldAcceptTheWorkedExample() {
        assertThat(ProposalRules.check(TERMS, FLOWS)).isEmpty();
    }

    @Test
    void shouldRefuseAFlowBeforeTheFirstYearNamingItsYear() {
        List<Refusal> refusals = ProposalRules.check(TERMS,
                with(flow(NHS, "2009-10", AmountRange.NONE, range("1", "1", "1"))));

        assertThat(refusals).containsExactly(
                new Refusal("flows[4].financialYear", "must not be before the first year, 2010-11"));
    }

    @Test
    void shouldRefuseAFlowMoreThanThirtyYearsOn() {
        assertThat(fields(ProposalRules.check(TERMS, with(flow(NHS, "2041-42", AmountRange.NONE,
                range("1", "1", "1")))))).containsExactly("flows[4].financialYear");
        assertThat(ProposalRules.check(TERMS, with(flow(NHS, "2040-41", AmountRange.NONE, range("1", "1", "1")))))
                .isEmpty();
    }

    @Test
    void shouldRefuseARangeOutOfOrder() {
        List<Refusal> refusals = ProposalRules.check(TERMS,
                with(flow(NHS, "2013-14", AmountRange.NONE, range("50", "40", "60"))));

        assertThat(refusals).containsExactly(
                new Refusal("flows[4].savings", "must have low ≤ central ≤ high (got 50.00, 40.00, 60.00)"));
    }

    @Test
    void shouldRefuseANegativeAmountNamingItsEnd() {
        assertThat(fields(ProposalRules.check(TERMS,
                with(flow(NHS, "2013-14", range("-5", "0", "5"), AmountRange.NONE)))))
                .containsExactly("flows[4].investment.low");
    }

    @Test
    void shouldRefuseTwoFlowsForOneBodyInOneYear() {
        List<Refusal> refusals = ProposalRules.check(TERMS,
                with(flow(COUNCIL, "2010-11", range("1", "1", "1"), AmountRange.NONE)));

        assertThat(fields(refusals)).containsExactly("flows[4]");
        assertThat(refusals.get(0).message()).contains("flows[0]");
    }

    @Test
    void shouldRefuseNominalFlowsBecauseTheRateIsReal() {
        ProposalTerms nominal = new ProposalTerms("t", null, null, DiscountRate.GREEN_BOOK, PriceBasis.nominal(),
                RedesignExample.FIRST);

        assertThat(fields(ProposalRules.check(nominal, FLOWS))).containsExactly("priceBasis.kind");
    }

    @Test
    void shouldRefuseAProposalWithoutFlows() {
        assertThat(fields(ProposalRules.check(TERMS, List.of()))).containsExactly("flows");
    }

    @Test
    void shouldNameEveryProblemAtOnce() {
        List<CashFlow> flows = List.of(
                flow(" ", "2009-10", range("2", "1", "3"), AmountRange.NONE));

        assertThat(fields(ProposalRules.check(TERMS, flows)))
                .containsExactly("flows[0].financialYear", "flows[0].investment", "flows[0].body");
    }
}
