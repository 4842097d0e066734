package org.totalplace.spend.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A {@link CashFlow} as a row of {@code redesign_flow}. */
@Embeddable
public class ProposedFlow {

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "financial_year", nullable = false, length = 7)
    private String financialYear;

    @Column(name = "investment_low", nullable = false)
    private BigDecimal investmentLow;

    @Column(name = "investment_central", nullable = false)
    private BigDecimal investmentCentral;

    @Column(name = "investment_high", nullable = false)
    private BigDecimal investmentHigh;

    @Column(name = "savings_low", nullable = false)
    private BigDecimal savingsLow;

    @Column(name = "savings_central", nullable = false)
    private BigDecimal savingsCentral;

    @Column(name = "savings_high", nullable = false)
    private BigDecimal savingsHigh;

    protected ProposedFlow() {
        // for Hibernate
    }

    static ProposedFlow of(CashFlow flow) {
        ProposedFlow row = new ProposedFlow();
        row.body = flow.body();
        row.financialYear = flow.year().toString();
        row.investmentLow = flow.investment().low();
        row.investmentCentral = flow.investment().central();
        row.investmentHigh = flow.investment().high();
        row.savingsLow = flow.savings().low();
        row.savingsCentral = flow.savings().central();
        row.savingsHigh = flow.savings().high();
        return row;
    }

    CashFlow toCashFlow() {
        return new CashFlow(body, FinancialYear.parse(financialYear),
                new AmountRange(pounds(investmentLow), pounds(investmentCentral), pounds(investmentHigh)),
                new AmountRange(pounds(savingsLow), pounds(savingsCentral), pounds(savingsHigh)));
    }

    private static BigDecimal pounds(BigDecimal stored) {
        return stored.setScale(Money.SCALE);
    }
}
