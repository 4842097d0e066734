package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.EventSchemas;

/** The list subscriptions are checked against is exactly the set of types the producers publish schemas for. */
class PublishedEventTypesTest {

    @Test
    void shouldListEveryTypeTheProducersPublishAndNoOther() throws IOException {
        Set<String> published = new HashSet<>();
        for (String producer : List.of("pilots-service", "governance-service", "spend-service")) {
            Path dir = EventSchemas.schemaFile(producer, "x").getParent();
            try (Stream<Path> files = Files.list(dir)) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".json"))
                        .map(name -> name.substring(0, name.length() - ".json".length()))
                        .forEach(published::add);
            }
        }

        assertThat(published).hasSizeGreaterThan(40);
        assertThat(PublishedEventTypes.ALL).containsExactlyInAnyOrderElementsOf(published);
    }
}
