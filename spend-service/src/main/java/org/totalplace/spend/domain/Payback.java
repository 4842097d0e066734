package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payback year: the first financial year at whose end the cumulative net (savings − investment, undiscounted,
 * every body together) is zero or more. When it never is, there is no year and the reason says where it ends.
 */
public record Payback(FinancialYear year, String reason) {

    public static Payback of(List<YearPosition> years) {
        for (YearPosition position : years) {
            if (position.cumulativeNet().signum() >= 0) {
                return new Payback(position.year(), null);
            }
        }
        YearPosition last = years.get(years.size() - 1);
        return new Payback(null, "never pays back within the flows: the cumulative net is still "
                + last.cumulativeNet().toPlainString() + " at the end of " + last.year() + ", the last year with flows");
    }

    public boolean paysBack() {
        return year != null;
    }
}
