package org.totalplace.pilots.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.pilots.domain.AreaRegister;
import org.totalplace.pilots.domain.GssCodeChange;
import org.totalplace.pilots.domain.LocalAuthority;
import org.totalplace.pilots.domain.PopulationCoverage;
import org.totalplace.pilots.domain.PopulationTable;

/**
 * Reads the local authority register and the population estimates from the shared data once, at start-up
 * (the files are small), so that a missing or unreadable file stops the service with a message naming it
 * rather than failing the first request.
 */
public class AreaDataProducer {

    static final String AUTHORITIES = "codes/uk_local_authorities_current.csv";
    static final String NAME_LOOKUP = "codes/lookup_name_to_registry.csv";
    static final String GSS_LOOKUP = "codes/lookup_gss_to_registry.csv";
    static final String POPULATION = "population/population_la.csv";
    static final String POPULATION_AREAS = "reference/population-areas.csv";
    static final String GSS_CODE_CHANGES = "reference/gss-code-changes.csv";

    @Produces
    @Singleton
    @Startup
    AreaRegister areaRegister(SharedDataConfig config) {
        return readRegister(config);
    }

    @Produces
    @Singleton
    @Startup
    PopulationTable populationTable(SharedDataConfig config) {
        return readPopulation(config);
    }

    @Produces
    @Singleton
    @Startup
    PopulationCoverage populationCoverage(PopulationTable population, AreaRegister register) {
        return coverage(population, register);
    }

    // --- also used by plain tests, which read the real files without a container -------------------

    public static AreaRegister readRegister(SharedDataConfig config) {
        String required = "data/codes (the mySociety local authority register)";
        CsvFile authorities = CsvFile.read(config.data(AUTHORITIES), "the local authority register", required)
                .requireColumns("local-authority-code", "official-name", "nice-name", "gss-code", "start-date",
                        "end-date", "replaced-by", "region", "local-authority-type", "local-authority-type-name",
                        "county-la", "former-gss-codes");
        CsvFile names = CsvFile.read(config.data(NAME_LOOKUP), "the register's name lookup", required)
                .requireColumns("la-name", "local-authority-code");
        CsvFile gssCodes = CsvFile.read(config.data(GSS_LOOKUP), "the register's GSS code lookup", required)
                .requireColumns("gss-code", "local-authority-code");
        CsvFile changes = CsvFile.resource(GSS_CODE_CHANGES).requireColumns("former-gss-code", "gss-code", "operative-from");
        return new AreaRegister(
                authorities.rows().stream().map(AreaDataProducer::authority).toList(),
                names.rows().stream().map(row -> new AreaRegister.Spelling(row.get("la-name"), row.get("local-authority-code"))).toList(),
                gssCodes.rows().stream().map(row -> new AreaRegister.GssCode(row.get("gss-code"), row.get("local-authority-code"))).toList(),
                changes.rows().stream().map(row -> new GssCodeChange(row.get("former-gss-code"), row.get("gss-code"),
                        LocalDate.parse(row.get("operative-from")))).toList());
    }

    public static PopulationTable readPopulation(SharedDataConfig config) {
        CsvFile file = CsvFile.read(config.data(POPULATION), "the population estimates",
                "data/population (ONS mid-year estimates via BritishDrugDynamics)").requireColumns("year");
        List<String> columns = file.columns().stream().filter(column -> !column.equals("year")).toList();
        Map<Integer, Map<String, Long>> byYear = new LinkedHashMap<>();
        for (Map<String, String> row : file.rows()) {
            Map<String, Long> values = new LinkedHashMap<>();
            columns.forEach(column -> values.put(column, Long.valueOf(row.get(column))));
            byYear.put(Integer.valueOf(row.get("year")), values);
        }
        return new PopulationTable(columns, byYear);
    }

    public static PopulationCoverage coverage(PopulationTable population, AreaRegister register) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        CsvFile.resource(POPULATION_AREAS).requireColumns("column", "local-authority-code").rows().forEach(row ->
                merged.computeIfAbsent(row.get("column"), column -> new ArrayList<>())
                        .add(row.get("local-authority-code")));
        return PopulationCoverage.of(population.columns(), merged, register, AreaRegister.PROGRAMME_DATE);
    }

    private static LocalAuthority authority(Map<String, String> row) {
        return new LocalAuthority(row.get("local-authority-code"), blankToNull(row.get("gss-code")),
                list(row.get("former-gss-codes")), blankToNull(row.get("official-name")), row.get("nice-name"),
                blankToNull(row.get("local-authority-type")), blankToNull(row.get("local-authority-type-name")),
                blankToNull(row.get("region")), blankToNull(row.get("county-la")), list(row.get("replaced-by")),
                date(row.get("start-date")), date(row.get("end-date")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Multi-value fields are comma-separated inside one quoted field: {@code "CBD,WAF"}. */
    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
