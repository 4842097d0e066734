package org.totalplace.pilots.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** ONS mid-year population estimates: one whole number per year and area column of the population file. */
public final class PopulationTable {

    private final List<String> columns;
    private final SortedMap<Integer, Map<String, Long>> byYear = new TreeMap<>();

    /** @throws IllegalArgumentException when a year lacks a value for one of the columns */
    public PopulationTable(List<String> columns, Map<Integer, Map<String, Long>> valuesByYear) {
        this.columns = List.copyOf(columns);
        valuesByYear.forEach((year, values) -> {
            for (String column : columns) {
                if (values.get(column) == null) {
                    throw new IllegalArgumentException("the population of '" + column + "' in " + year + " is missing");
                }
            }
            byYear.put(year, new LinkedHashMap<>(values));
        });
    }

    /** The area columns, in file order. */
    public List<String> columns() {
        return columns;
    }

    public Set<Integer> years() {
        return byYear.keySet();
    }

    public long value(int year, String column) {
        return byYear.get(year).get(column);
    }
}
