package org.totalplace.spend.domain;

import java.math.BigDecimal;

/** One body's investment, savings and net (savings − investment) in one financial year of a scenario. */
public record BodyYear(FinancialYear year, BigDecimal investment, BigDecimal savings, BigDecimal net) {
}
