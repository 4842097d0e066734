package org.totalplace.spend.domain;

import java.math.BigDecimal;

/**
 * The programme (every body together) in one financial year of a scenario. Sums are exact (pounds and pence);
 * {@code discountFactor} is {@code 1/(1+r)^t} at 34 significant digits; {@code presentValue} is the net times the
 * factor rounded to the penny for display (the NPV sums the unrounded present values, then rounds once).
 */
public record YearPosition(FinancialYear year, int yearsAfterFirst, BigDecimal discountFactor, BigDecimal investment,
                           BigDecimal savings, BigDecimal net, BigDecimal cumulativeNet, BigDecimal presentValue) {
}
