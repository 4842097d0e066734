package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PbrSummariesTest {

    @Test
    void shouldCountPilotsPerSubmissionStateWithNoneForPilotsWithoutOne() {
        PbrSummary summary = PbrSummaries.build(Scenarios.threePilots().at("2009-09-30"), "PBR-2009");
        assertThat(summary.byState()).isEqualTo(Map.of("ACCEPTED", 1L, "RETURNED", 1L, "NONE", 2L));
    }

    @Test
    void shouldGiveEachPilotsSectionsAndEscalatedBarriersAsItsKeyAsks() {
        PbrSummary summary = PbrSummaries.build(Scenarios.threePilots().at("2010-01-31"), "PBR-2009");
        PbrSummary.PilotEntry lewisham = summary.pilots().stream().filter(p -> p.code().equals("lewisham")).findFirst()
                .orElseThrow();
        assertThat(lewisham.sections()).containsExactly(new PbrSummary.Ask("key-asks", "Pool early-years funding"));
        assertThat(lewisham.escalatedBarriers()).extracting(PbrSummary.EscalatedBarrier::title)
                .containsExactly("Ring-fenced grants");
    }

    @Test
    void shouldNotCountASubmissionToAnotherReportingPoint() {
        PbrSummary summary = PbrSummaries.build(Scenarios.threePilots().at("2010-02-05"), "PBR-2009");
        assertThat(summary.pilots()).filteredOn(p -> p.code().equals("lewisham"))
                .extracting(PbrSummary.PilotEntry::state).containsExactly("ACCEPTED");
    }
}
