package org.totalplace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.NationalData;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.launcher.ReferenceData;
import org.totalplace.launcher.ServiceSpec;

/**
 * ./deploy/run loads population and the CRA into spend-service through its API; every row is accounted for, a
 * second run ends in the same state, and a pilot registered from the reference data gets a top-down estimate.
 */
class NationalDataTest {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        new ReferenceData(system.token()).loadPilots(ProjectLayout.root().resolve("deploy/reference-data/pilots.json"),
                system.url(ServiceSpec.PILOTS));
    }

    @Test
    void shouldLoadEveryRowOfTheShippedFilesTwiceOverToTheSameState() throws IOException {
        List<NationalData.Imported> first = new NationalData(system.token()).load(system.url(ServiceSpec.SPEND));
        List<NationalData.Imported> second = new NationalData(system.token()).load(system.url(ServiceSpec.SPEND));

        assertThat(first).extracting(NationalData.Imported::dataset).containsExactlyElementsOf(NationalData.DATASETS);
        for (NationalData.Imported imported : first) {
            long dataRows = dataRows(ProjectLayout.sharedDir().resolve("data").resolve(imported.file()));
            assertThat(imported.rowsRead()).as(imported.dataset()).isEqualTo(dataRows);
            assertThat(imported.rowsLoaded() + imported.rowsRejected()).as(imported.dataset()).isEqualTo(dataRows);
        }
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void shouldEstimateAPilotOfTheReferenceDataTopDown() {
        new NationalData(system.token()).load(system.url(ServiceSpec.SPEND));
        String bradford = given().get(system.url(ServiceSpec.PILOTS) + "/pilots/bradford")
                .then().statusCode(200).extract().path("id");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().queryParam("year", "2009-10")
                        .get(system.url(ServiceSpec.SPEND) + "/pilots/" + bradford + "/estimates")
                        .then().statusCode(200));
        var estimate = given().queryParam("year", "2009-10")
                .get(system.url(ServiceSpec.SPEND) + "/pilots/" + bradford + "/estimates")
                .then().extract().jsonPath();
        assertThat(estimate.getString("method")).startsWith("top-down");
        assertThat(new java.math.BigDecimal(estimate.getString("total.amount"))).isPositive();
    }

    @Test
    void shouldCountAPilotOfTheReferenceDataWithItsCouncilsOutturnIn2010_11() {
        new NationalData(system.token()).load(system.url(ServiceSpec.SPEND));
        String bradford = given().get(system.url(ServiceSpec.PILOTS) + "/pilots/bradford")
                .then().statusCode(200).extract().path("id");

        // the pilot's areas reach spend-service as an event; the count follows them
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(given().queryParam("year", "2010-11")
                        .get(system.url(ServiceSpec.SPEND) + "/pilots/" + bradford + "/count")
                        .then().statusCode(200).extract().jsonPath().getList("methods.method", String.class))
                        .contains("top-down", "outturn"));
    }

    /** The files have no quoted line breaks (data/README.md), so data rows are lines minus the header. */
    private static long dataRows(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }
}
