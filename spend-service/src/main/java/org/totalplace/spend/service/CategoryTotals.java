package org.totalplace.spend.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;

/**
 * An import's accepted lines summed by the categories counting rules match on (service levels 1 to 3 and supplier),
 * as the lines stream past: what {@code ledger_category_total} holds for the import and a recount reads. The same
 * sums as {@code select … sum(amount), count(*) … group by} over the stored lines (a missing level or supplier is a
 * category of its own, as SQL's null group is; an empty text is not a missing one), without reading the lines back.
 * One per import, not thread-safe.
 */
final class CategoryTotals {

    /** One category; any part may be null. */
    record Category(String serviceLevel1, String serviceLevel2, String serviceLevel3, String supplier) {

        // written out: a record's generated equals and hashCode go through method handles, which showed up in
        // profiles of a 100,000-line import (one lookup per line)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Category that
                    && Objects.equals(serviceLevel1, that.serviceLevel1)
                    && Objects.equals(serviceLevel2, that.serviceLevel2)
                    && Objects.equals(serviceLevel3, that.serviceLevel3)
                    && Objects.equals(supplier, that.supplier);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(serviceLevel1);
            hash = 31 * hash + Objects.hashCode(serviceLevel2);
            hash = 31 * hash + Objects.hashCode(serviceLevel3);
            return 31 * hash + Objects.hashCode(supplier);
        }
    }

    /** The sum and count of one category's lines. */
    record Total(Category category, BigDecimal amount, long lines) {
    }

    private static final class Sum {
        BigDecimal amount;
        long lines;

        Sum(BigDecimal amount) {
            this.amount = amount;
            this.lines = 1;
        }
    }

    private final Map<Category, Sum> sums = new HashMap<>();

    void add(LedgerRow row) {
        List<String> levels = row.serviceLevels();
        Category category = new Category(level(levels, 0), level(levels, 1), level(levels, 2), row.supplier());
        Sum sum = sums.get(category);
        if (sum == null) {
            sums.put(category, new Sum(row.amount()));
        } else {
            sum.amount = sum.amount.add(row.amount());
            sum.lines++;
        }
    }

    /** How many categories were met. */
    int size() {
        return sums.size();
    }

    /** The totals, one per category met, in no particular order. */
    List<Total> totals() {
        List<Total> totals = new ArrayList<>(sums.size());
        sums.forEach((category, sum) -> totals.add(new Total(category, sum.amount, sum.lines)));
        return totals;
    }

    private static String level(List<String> levels, int index) {
        return index < levels.size() ? levels.get(index) : null;
    }
}
