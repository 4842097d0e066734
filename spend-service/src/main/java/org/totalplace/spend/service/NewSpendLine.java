package org.totalplace.spend.service;

import java.util.UUID;
import org.totalplace.spend.domain.CountingMethod;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.Money;
import org.totalplace.spend.domain.PriceBasis;

/** What it takes to record a spend line, already in domain terms. */
public record NewSpendLine(
        UUID pilotId,
        String body,
        FinancialYear financialYear,
        Money amount,
        PriceBasis priceBasis,
        CountingMethod method,
        String description) {
}
