package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which local authorities (register codes) each column of the area population file covers. The columns are not all
 * authorities: some merge several ("Bournemouth and Poole"). A pilot's population is the sum of the columns that lie
 * wholly within its areas; a column that also covers an authority outside the pilot is never apportioned, so the
 * pilot's areas in it have no population.
 */
public final class PopulationCoverage {

    /** The columns summed for a pilot, and the pilot's areas no such column covers. */
    public record Sources(List<String> columns, List<PilotArea> uncovered) {

        public Sources {
            columns = List.copyOf(columns);
            uncovered = List.copyOf(uncovered);
        }
    }

    private final Map<String, Set<String>> codesByColumn;

    public PopulationCoverage(Map<String, ? extends Set<String>> codesByColumn) {
        this.codesByColumn = new LinkedHashMap<>();
        Map<String, String> columnByCode = new LinkedHashMap<>();
        codesByColumn.forEach((column, codes) -> {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("'" + column + "' covers no authority");
            }
            codes.forEach(code -> {
                String other = columnByCode.putIfAbsent(code, column);
                if (other != null) {
                    throw new IllegalArgumentException(code + " is covered by both '" + other + "' and '" + column + "'");
                }
            });
            this.codesByColumn.put(column, new LinkedHashSet<>(codes));
        });
    }

    public Set<String> columns() {
        return codesByColumn.keySet();
    }

    public Set<String> codesOf(String column) {
        return codesByColumn.getOrDefault(column, Set.of());
    }

    public Sources sourcesFor(List<PilotArea> areas) {
        Set<String> codes = new LinkedHashSet<>();
        areas.forEach(area -> codes.add(area.registerCode()));
        List<String> columns = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        codesByColumn.forEach((column, columnCodes) -> {
            if (codes.containsAll(columnCodes)) {
                columns.add(column);
                covered.addAll(columnCodes);
            }
        });
        List<PilotArea> uncovered = areas.stream().filter(area -> !covered.contains(area.registerCode()))
                .sorted(PilotArea.ORDER).toList();
        return new Sources(columns, uncovered);
    }
}
