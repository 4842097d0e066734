package org.totalplace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.launcher.ReferenceData;
import org.totalplace.launcher.SampleLedger;
import org.totalplace.launcher.ServiceSpec;

/** ./deploy/run loads one month of Gateshead's real ledger; it reconciles to the penny and loads only once. */
class SampleLedgerTest {

    private static final Path LEDGER = ProjectLayout.sharedDir().resolve("data/spend/gateshead/2010-12.csv");
    private static final String PILOT = "south-tyneside-gateshead-sunderland";
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        new ReferenceData(system.token()).loadPilots(ProjectLayout.root().resolve("deploy/reference-data/pilots.json"),
                system.url(ServiceSpec.PILOTS));
    }

    @Test
    void shouldReconcileTheGatesheadLedgerToThePennyAndLoadItOnlyOnce() throws IOException {
        Expected expected = Expected.from(LEDGER);

        SampleLedger.Reconciliation first = load();
        SampleLedger.Reconciliation second = load();

        assertThat(first.rowsRead()).isEqualTo(expected.rows());
        assertThat(first.rejected()).isEmpty();
        assertThat(first.accepted()).isEqualTo(expected.rows());
        assertThat(first.balances()).isTrue();
        assertThat(first.acceptedTotal()).isEqualByComparingTo(expected.total());
        assertThat(second.alreadyPresent()).isEqualTo(expected.rows());
        assertThat(second.accepted()).isZero();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var pilot = given().get(system.url(ServiceSpec.REPORTING) + "/programme/pilots/" + PILOT)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(pilot.getString("spend.find { it.financialYear == '2010-11' }.total.amount"))
                    .isEqualTo(expected.total().setScale(2).toPlainString());
            assertThat(pilot.getLong("spend.find { it.financialYear == '2010-11' }.lines")).isEqualTo(expected.rows());
        });
    }

    private static SampleLedger.Reconciliation load() {
        return new SampleLedger(system.token()).load(LEDGER, "Gateshead Council", system.url(ServiceSpec.PILOTS), PILOT,
                system.url(ServiceSpec.SPEND));
    }

    /**
     * Computed without a CSV parser: in this file only the service columns are ever quoted, and the last two
     * fields (Amount, Updated) never contain a comma, so the amount is what stands between the last two commas.
     */
    private record Expected(long rows, BigDecimal total) {
        static Expected from(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            BigDecimal total = BigDecimal.ZERO;
            for (String line : lines.subList(1, lines.size())) {
                int last = line.lastIndexOf(',');
                int beforeLast = line.lastIndexOf(',', last - 1);
                total = total.add(new BigDecimal(line.substring(beforeLast + 1, last)));
            }
            return new Expected(lines.size() - 1L, total);
        }
    }
}
