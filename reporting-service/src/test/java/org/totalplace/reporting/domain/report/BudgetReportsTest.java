package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;

class BudgetReportsTest {

    private static final FinancialYear FY = FinancialYear.parse("2009-10");

    private static BudgetReport report() {
        return BudgetReports.build(Scenarios.threePilots().at("2010-02-05"), FY, null, "BUDGET-2010");
    }

    private static BudgetReport.PilotBudget pilot(BudgetReport report, String code) {
        return report.pilots().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void shouldSumTheProgrammeTopDownTotalToThePenny() {
        BudgetReport.ProgrammeTotal total = report().totals().get(0);
        // 2,200,000,000.01 + 4,400,000,000.50 + 5,900,000,000.49
        assertThat(total.topDown()).isEqualByComparingTo("12500000001.00");
        // 2,100,000,000 + 4,000,000,000 + 5,000,000,000
        assertThat(total.bottomUp()).isEqualByComparingTo("11100000000.00");
        assertThat(total.pilotsCounted()).isEqualTo(3);
        assertThat(total.population()).isEqualTo(1_750_000L);
        assertThat(total.currency()).isEqualTo("GBP");
    }

    @Test
    void shouldNameEveryPilotAtEachEndOfTheRanges() {
        BudgetReport.ProgrammeTotal total = report().totals().get(0);
        assertThat(total.smallestTotal().pilots()).containsExactly("Lewisham");
        assertThat(total.largestTotal().pilots()).containsExactly("Coventry");
        assertThat(total.lowestPerCapita().value()).isEqualByComparingTo("5900.00");
        assertThat(total.highestPerCapita().pilots()).containsExactly("Bradford", "Lewisham");
        assertThat(BudgetDocument.summary(total, "2009-10")).isEqualTo("The 3 counted pilots mapped £12.5bn of public "
                + "spending in 2009-10 (top-down count); totals ranged from £2.2bn (Lewisham) to £5.9bn (Coventry); "
                + "per capita from £5,900 (Coventry) to £8,800 (Bradford, Lewisham).");
    }

    @Test
    void shouldReportTheHighestRuleVersionByDefaultAndLeaveOutPilotsNotRecountedUnderIt() {
        BudgetReport report = report();
        assertThat(report.ruleVersion()).isEqualTo(2);
        assertThat(pilot(report, "durham").count()).isNull();
        assertThat(pilot(report, "lewisham").count().topDown()).isEqualByComparingTo("2200000000.01");
    }

    @Test
    void shouldReportAnOlderRuleVersionWhenAskedFor() {
        BudgetReport report = BudgetReports.build(Scenarios.threePilots().at("2010-02-05"), FY, 1, "BUDGET-2010");
        assertThat(report.ruleVersion()).isEqualTo(1);
        assertThat(pilot(report, "durham").count().topDown()).isEqualByComparingTo("3000000000.00");
        assertThat(pilot(report, "bradford").count()).isNull();
        assertThat(report.totals().get(0).topDown()).isEqualByComparingTo("3000001000.00");
    }

    @Test
    void shouldTakeTheLeastAdvancedBodySubmissionAsTheModerationState() {
        BudgetReport report = report();
        assertThat(pilot(report, "lewisham").count().moderationState()).isEqualTo("MODERATED");
        assertThat(pilot(report, "coventry").count().moderationState()).isEqualTo("ACCEPTED");
        assertThat(pilot(report, "bradford").count().moderationState()).isEqualTo("NONE");
    }

    @Test
    void shouldPutTopDownAndBottomUpOfAFunctionOnOneLine() {
        List<BudgetReport.FunctionLine> functions = pilot(report(), "bradford").count().functions();
        assertThat(functions).containsExactly(new BudgetReport.FunctionLine("10", "Social protection",
                States.d("2000000000.00"), States.d("1900000000.00"), States.d("4000.00"), States.d("3800.00")));
    }

    @Test
    void shouldListOnlyBarriersThatReachedTheOfficialsOrMinistersWithTheirDecisions() {
        BudgetReport report = report();
        List<BudgetReport.WhitehallChange> lewisham = pilot(report, "lewisham").whitehallChanges();
        assertThat(lewisham).extracting(BudgetReport.WhitehallChange::title).containsExactly("Ring-fenced grants");
        assertThat(lewisham.get(0).whitehallChange()).isEqualTo("DCSF to pool three early-years grants");
        assertThat(lewisham.get(0).decisions()).extracting(BudgetReport.Decision::text)
                .containsExactly("Pool the early-years grants from April 2010");
        assertThat(pilot(report, "bradford").whitehallChanges()).extracting(BudgetReport.WhitehallChange::tier)
                .containsExactly("MINISTERIAL_GROUP");
    }

    @Test
    void shouldGiveEachProposalsCentralFiguresWithLowAndHighAndEachBodysNetPosition() {
        BudgetReport.Implication implication = pilot(report(), "lewisham").implications().get(0);
        assertThat(implication.central().npv()).isEqualByComparingTo("820000.55");
        assertThat(implication.central().paybackYear()).isEqualTo("2012-13");
        assertThat(implication.low().paybackYear()).isNull();
        assertThat(implication.low().paybackReason()).isEqualTo("savings too late");
        assertThat(implication.high().npv()).isEqualByComparingTo("1700000.00");
        assertThat(implication.bodies()).containsExactly(
                new BudgetReport.BodyPosition("London Borough of Lewisham", States.d("-1000000.00"),
                        States.d("-500000.00"), States.d("0.00")),
                new BudgetReport.BodyPosition("Lewisham PCT", States.d("1200000.00"), States.d("1500000.00"),
                        States.d("2000000.00")));
    }

    @Test
    void shouldShowEachPilotsBudgetSubmissionAndNoneWhereThereIsNone() {
        BudgetReport report = report();
        assertThat(pilot(report, "lewisham").submission().state()).isEqualTo("SUBMITTED");
        assertThat(pilot(report, "lewisham").submission().sections()).containsKey("whitehall-changes");
        assertThat(pilot(report, "bradford").submission()).isNull();
    }

    @Test
    void shouldLayTheReportOutWithThePilotsTableFirstAndRawNumbersBesideTheDisplayedOnes() {
        ReportDocument document = BudgetDocument.of(report());
        ReportDocument.Table first = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(ReportDocument.Table.class::isInstance).map(ReportDocument.Table.class::cast)
                .findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("pilots");
        int topDown = first.columns().indexOf("topDown");
        List<String> lewisham = first.raw().stream().filter(r -> r.get(0).equals("lewisham")).findFirst().orElseThrow();
        assertThat(lewisham.get(topDown)).isEqualTo("2200000000.01");
        List<String> shown = first.rows().stream().filter(r -> r.get(0).equals("lewisham")).findFirst().orElseThrow();
        assertThat(shown.get(topDown)).isEqualTo("£2,200,000,000.01");
        assertThat(first.rows()).hasSize(4);
        assertThat(document.sections()).extracting(ReportDocument.Section::heading).contains(
                "Programme totals", "Financial implications", "Changes needed from Whitehall");
    }

    @Test
    void shouldReportNoTotalsBeforeAnyCount() {
        BudgetReport report = BudgetReports.build(new States().at("2009-05-01"), FY, null, "BUDGET-2010");
        assertThat(report.totals()).isEmpty();
        assertThat(report.ruleVersion()).isNull();
        assertThat(BudgetDocument.of(report).sections()).isNotEmpty();
    }
}
