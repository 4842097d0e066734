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
        final Category category;
        BigDecimal amount;
        long lines;

        Sum(Category category, BigDecimal amount) {
            this.category = category;
            this.amount = amount;
            this.lines = 1;
        }
    }

    /**
     * Keyed by the category's parts in one string, each length-prefixed (so no two categories share a key) and a
     * null part written as "-": looking up one string touches two objects of the stored key where four strings
     * touched eight, and with thousands of categories those are cache misses on every line.
     */
    private final Map<String, Sum> sums = new HashMap<>();
    private final StringBuilder key = new StringBuilder(128);

    void add(LedgerRow row) {
        List<String> levels = row.serviceLevels();
        String level1 = level(levels, 0);
        String level2 = level(levels, 1);
        String level3 = level(levels, 2);
        String supplier = row.supplier();
        key.setLength(0);
        part(level1);
        part(level2);
        part(level3);
        part(supplier);
        String lookup = key.toString();
        Sum sum = sums.get(lookup);
        if (sum == null) {
            sums.put(lookup, new Sum(new Category(level1, level2, level3, supplier), row.amount()));
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
        sums.values().forEach(sum -> totals.add(new Total(sum.category, sum.amount, sum.lines)));
        return totals;
    }

    private void part(String value) {
        if (value == null) {
            key.append('-');
        } else {
            key.append(value.length()).append(':').append(value);
        }
    }

    private static String level(List<String> levels, int index) {
        return index < levels.size() ? levels.get(index) : null;
    }
}
