package org.totalplace.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Programme-wide totals: pilots' tallies added up like with like, never across years, bases or currencies. */
public final class SpendTotals {

    private SpendTotals() {
    }

    /** One tally per distinct key, ordered by financial year, price basis and currency. */
    public static List<SpendTally> combine(Collection<SpendTally> tallies) {
        Map<SpendKey, SpendTally> byKey = new TreeMap<>();
        for (SpendTally tally : tallies) {
            byKey.merge(tally.key(), tally, SpendTally::plus);
        }
        return List.copyOf(byKey.values());
    }
}
