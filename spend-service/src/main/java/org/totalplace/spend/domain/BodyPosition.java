package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One body's net position in a scenario: what it invests and saves over every year, the net (savings − investment)
 * and its NPV. This is where the "wrong pocket" shows: a body may invest while others get the savings.
 */
public record BodyPosition(String body, BigDecimal investment, BigDecimal savings, BigDecimal net, BigDecimal npv,
                           List<BodyYear> years) {

    public BodyPosition {
        years = List.copyOf(years);
    }

    /** It puts in more than it gets back (undiscounted, in this scenario). */
    public boolean investsMoreThanItGetsBack() {
        return investment.compareTo(savings) > 0;
    }
}
