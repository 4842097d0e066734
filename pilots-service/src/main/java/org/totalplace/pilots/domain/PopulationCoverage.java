package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which local authorities each column of the population file covers. The columns are not authorities:
 * they are BritishDrugDynamics' PCT-era areas, some merging several authorities ("Bedfordshire" is
 * Bedford and Central Bedfordshire). A plain column name is read through the {@link AreaRegister} at the
 * programme date; the others are given ({@code merged}), from our own mapping.
 */
public final class PopulationCoverage {

    private final Map<String, Set<String>> codesByColumn;
    private final Map<String, String> columnByCode = new LinkedHashMap<>();
    private final Map<String, String> countyByDistrict;

    public PopulationCoverage(Map<String, Set<String>> codesByColumn, Map<String, String> countyByDistrict) {
        this.codesByColumn = new LinkedHashMap<>(codesByColumn);
        this.countyByDistrict = Map.copyOf(countyByDistrict);
        codesByColumn.forEach((column, codes) -> codes.forEach(code -> {
            String other = columnByCode.putIfAbsent(code, column);
            if (other != null) {
                throw new IllegalArgumentException(code + " is covered by both '" + other + "' and '" + column + "'");
            }
        }));
    }

    /**
     * Maps every column to the authorities it covers.
     *
     * @param merged the columns that are not one authority's name, with the register codes they cover
     * @throws IllegalArgumentException naming every column that maps to no single authority in force at {@code asAt}
     */
    public static PopulationCoverage of(List<String> columns, Map<String, List<String>> merged, AreaRegister register,
                                        LocalDate asAt) {
        Map<String, Set<String>> codesByColumn = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            List<String> codes = merged.get(column);
            if (codes != null) {
                codes.stream().filter(code -> register.authority(code).filter(a -> a.inForceOn(asAt)).isEmpty())
                        .forEach(code -> problems.add("'" + column + "' is mapped to " + code
                                + ", which is no authority in force on " + asAt));
                codesByColumn.put(column, new LinkedHashSet<>(codes));
            } else if (register.resolve(column, asAt) instanceof AreaResolution.Resolved resolved) {
                codesByColumn.put(column, Set.of(resolved.area().registerCode()));
            } else {
                problems.add("'" + column + "': " + register.resolve(column, asAt).problem());
            }
        }
        merged.keySet().stream().filter(column -> !columns.contains(column))
                .forEach(column -> problems.add("'" + column + "' is mapped but is no column of the population file"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Population columns without areas: " + String.join("; ", problems));
        }
        Map<String, String> countyByDistrict = new LinkedHashMap<>();
        register.authorities().stream().filter(authority -> authority.county() != null)
                .forEach(authority -> countyByDistrict.put(authority.registerCode(), authority.county()));
        return new PopulationCoverage(codesByColumn, countyByDistrict);
    }

    /** The column whose area holds this authority's: its own, or its county's for a district. */
    public Optional<String> columnOf(String registerCode) {
        String column = columnByCode.get(registerCode);
        if (column == null && countyByDistrict.containsKey(registerCode)) {
            column = columnByCode.get(countyByDistrict.get(registerCode));
        }
        return Optional.ofNullable(column);
    }

    public Set<String> codesOf(String column) {
        return codesByColumn.getOrDefault(column, Set.of());
    }
}
