package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** Our column-to-authority mapping names exactly the columns of the shipped area population file. */
class PopulationAreasTest {

    @Test
    void shouldMapEveryColumnOfTheShippedFileAndNoOther() throws IOException {
        Path shared = Path.of(System.getProperty("totalplace.shared.dir", "../../shared"));
        List<String> header;
        try (Reader reader = Files.newBufferedReader(shared.resolve("data/population/population_la.csv"));
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            header = parser.iterator().next().toList();
        }

        assertThat(PopulationAreas.load().columns()).containsExactlyInAnyOrderElementsOf(header.subList(1, header.size()));
        assertThat(PopulationAreas.load().codesOf("Bournemouth and Poole")).containsExactlyInAnyOrder("BMH", "POL");
        assertThat(PopulationAreas.load().codesOf("Tameside and Glossop")).containsExactly("TAM");
        assertThat(PopulationAreas.load().codesOf("Dorset")).containsExactly("DOR");
    }
}
