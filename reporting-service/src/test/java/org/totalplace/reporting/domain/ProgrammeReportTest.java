package org.totalplace.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammeReportTest {

    private static final Instant NOW = Instant.parse("2010-02-05T09:00:00Z");
    private static final FinancialYear FY = FinancialYear.parse("2009-10");

    private final PilotView lewisham = pilot("lewisham", "Lewisham");
    private final PilotView bradford = pilot("bradford", "Bradford");
    private final PilotView worcestershire = pilot("worcestershire", "Worcestershire");

    private static PilotView pilot(String code, String name) {
        return new PilotView(UUID.randomUUID(), code, name, "London", 1, NOW);
    }

    private static GroupView group(String code, String name, String kind, UUID pilotId) {
        return new GroupView(UUID.randomUUID(), code, name, kind, pilotId, NOW);
    }

    private static SpendTotal spend(UUID pilotId, PriceBasis basis, String amount, long lines) {
        Money money = Money.parse(amount, "GBP");
        return new SpendTotal(SpendBucket.forLine(pilotId, FY, basis, money), money, lines, NOW);
    }

    @Test
    void shouldListPilotsByName() {
        ProgrammeReport report = ProgrammeReport.assemble(List.of(worcestershire, lewisham, bradford), List.of(), List.of());

        assertThat(report.pilots()).extracting(p -> p.pilot().name)
                .containsExactly("Bradford", "Lewisham", "Worcestershire");
    }

    @Test
    void shouldGiveEachPilotItsOwnGroupsAndSpendAndKeepProgrammeGroupsApart() {
        GroupView board = group("lewisham-board", "Lewisham board", "PILOT_BOARD", lewisham.pilotId);
        GroupView ministers = group("ministerial-group", "Ministerial group", "MINISTERIAL", null);
        SpendTotal lewishamSpend = spend(lewisham.pilotId, PriceBasis.nominal(), "0.30", 2);

        ProgrammeReport report = ProgrammeReport.assemble(List.of(lewisham, bradford), List.of(board, ministers),
                List.of(lewishamSpend));

        ProgrammeReport.PilotReport lewishamReport = report.pilots().get(1);
        assertThat(lewishamReport.pilot()).isSameAs(lewisham);
        assertThat(lewishamReport.groups()).containsExactly(board);
        assertThat(lewishamReport.spend()).extracting(t -> t.total().amountText(), SpendTally::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.30", 2L));
        assertThat(report.pilots().get(0).groups()).isEmpty();
        assertThat(report.pilots().get(0).spend()).isEmpty();
        assertThat(report.programmeGroups()).containsExactly(ministers);
        assertThat(report.unassignedGroups()).isEmpty();
        assertThat(report.unassignedSpend()).isEmpty();
    }

    @Test
    void shouldShowWhatNamesAnUnknownPilotAsUnassignedButCountItInTheTotals() {
        UUID unknown = UUID.randomUUID();
        GroupView orphanBoard = group("somewhere-board", "Somewhere board", "PILOT_BOARD", unknown);
        SpendTotal orphanSpend = spend(unknown, PriceBasis.nominal(), "5.00", 1);
        SpendTotal lewishamSpend = spend(lewisham.pilotId, PriceBasis.nominal(), "0.30", 2);
        SpendTotal lewishamReal = spend(lewisham.pilotId, PriceBasis.real(FinancialYear.parse("2008-09")), "1.00", 1);

        ProgrammeReport report = ProgrammeReport.assemble(List.of(lewisham), List.of(orphanBoard),
                List.of(orphanSpend, lewishamSpend, lewishamReal));

        assertThat(report.unassignedGroups()).containsExactly(orphanBoard);
        assertThat(report.unassignedSpend()).singleElement()
                .satisfies(u -> assertThat(u.pilotId()).isEqualTo(unknown))
                .satisfies(u -> assertThat(u.tally().total().amountText()).isEqualTo("5.00"));
        assertThat(report.totals()).extracting(t -> t.key().priceBasis().kind(), t -> t.total().amountText(),
                        SpendTally::lines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PriceBasis.Kind.NOMINAL, "5.30", 3L),
                        org.assertj.core.groups.Tuple.tuple(PriceBasis.Kind.REAL, "1.00", 1L));
        assertThat(report.pilots().get(0).spend()).extracting(t -> t.key().priceBasis().kind())
                .containsExactly(PriceBasis.Kind.NOMINAL, PriceBasis.Kind.REAL);
    }
}
