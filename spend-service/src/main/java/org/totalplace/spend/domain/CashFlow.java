package org.totalplace.spend.domain;

import java.util.Objects;

/**
 * What one body puts into a redesign (investment, a cost) and gets out of it (savings, a benefit) in one financial
 * year, each as a low/central/high range. Bodies are named as in submissions ("Gateshead Council").
 */
public record CashFlow(String body, FinancialYear year, AmountRange investment, AmountRange savings) {

    public CashFlow {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(savings, "savings");
    }
}
