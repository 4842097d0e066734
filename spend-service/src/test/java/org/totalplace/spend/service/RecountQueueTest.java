package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.RecountMarks;

/** With the recount worker running (the default): an import's year is recounted after its commit, unasked. */
@QuarkusTest
class RecountQueueTest {

    @Inject
    KnownPilots pilots;

    @Inject
    RecountMarks marks;

    @Test
    void shouldRecountAnImportedYearInTheBackgroundWithoutAnyoneReadingTheCount() {
        UUID pilot = pilots.known("Recount " + UUID.randomUUID(), "North East", List.of("GAT||Gateshead"));

        marks.importSmallLedger(pilot, "2011-12", "123.45");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(marks.marked(pilot, "2011-12")).isFalse();
            assertThat(marks.latestBottomUpTotal(pilot, "2011-12")).isEqualTo("123.45");
        });
    }
}
