package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.totalplace.spend.domain.PopulationCoverage;

/**
 * Our own mapping of the area population file's columns to the local authorities they cover, as at 2009-10-01
 * ({@code reference/population-areas.csv}; its comment says how it was made).
 */
@ApplicationScoped
public class PopulationAreas {

    static final String RESOURCE = "reference/population-areas.csv";

    private final PopulationCoverage coverage;

    PopulationAreas() {
        this.coverage = load();
    }

    public PopulationCoverage coverage() {
        return coverage;
    }

    static PopulationCoverage load() {
        Map<String, Set<String>> codesByColumn = new LinkedHashMap<>();
        try (InputStream in = PopulationAreas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .get();
            try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord record : parser) {
                    codesByColumn.computeIfAbsent(record.get("column"), column -> new LinkedHashSet<>())
                            .add(record.get("local-authority-code"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PopulationCoverage(codesByColumn);
    }
}
