package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;

/** The worked example of docs/spend-redesign.md, shared by the tests that check its numbers. */
final class RedesignExample {

    static final FinancialYear FIRST = FinancialYear.parse("2010-11");
    static final ProposalTerms TERMS = new ProposalTerms("Early help for families with complex needs",
            "From repair to prevention", null, DiscountRate.GREEN_BOOK, PriceBasis.real(FinancialYear.parse("2009-10")),
            FIRST);
    static final String COUNCIL = "Gateshead Council";
    static final String NHS = "NHS South of Tyne and Wear";

    static final List<CashFlow> FLOWS = List.of(
            flow(COUNCIL, "2010-11", range("90000", "100000", "120000"), AmountRange.NONE),
            flow(COUNCIL, "2012-13", AmountRange.NONE, range("5000", "10000", "15000")),
            flow(NHS, "2011-12", AmountRange.NONE, range("30000", "40000", "95000")),
            flow(NHS, "2012-13", AmountRange.NONE, range("60000", "80000", "100000")));

    private RedesignExample() {
    }

    static CashFlow flow(String body, String year, AmountRange investment, AmountRange savings) {
        return new CashFlow(body, FinancialYear.parse(year), investment, savings);
    }

    static AmountRange range(String low, String central, String high) {
        return new AmountRange(pounds(low), pounds(central), pounds(high));
    }

    static BigDecimal pounds(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
