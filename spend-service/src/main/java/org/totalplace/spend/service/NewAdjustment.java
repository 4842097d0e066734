package org.totalplace.spend.service;

import java.util.UUID;
import org.totalplace.spend.domain.Adjustment;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendType;
import org.totalplace.spend.domain.Money;

/** What a moderator asks to record; {@code author} is taken from the request until authentication exists. */
public record NewAdjustment(UUID pilotId, FinancialYear financialYear, String body, String functionL2,
                            SpendType spendType, Money amount, String reason, String author) {
}
