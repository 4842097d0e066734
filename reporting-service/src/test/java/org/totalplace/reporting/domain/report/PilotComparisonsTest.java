package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.reporting.domain.report.States.function;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;

class PilotComparisonsTest {

    private static final FinancialYear FY = FinancialYear.parse("2009-10");

    /**
     * Five pilots with per-capita totals 5000, 5200, 5400, 5600, 9000: type 7 with n = 5 puts Q1 on x[1] = 5200 and
     * Q3 on x[3] = 5600, IQR 400, fences 4600 and 6200, so 9000 is high. For function 10 the values are 1000, 3000,
     * 3100, 3200, 3300: Q1 3000, Q3 3200, IQR 200, fences 2700 and 3500, so 1000 is low. A sixth pilot has no
     * population and a seventh no count.
     */
    private static PilotComparison comparison() {
        States s = new States();
        String[][] pilots = {{"a", "5000", "1000"}, {"b", "5200", "3000"}, {"c", "5400", "3100"},
                {"d", "5600", "3200"}, {"e", "9000", "3300"}};
        for (String[] p : pilots) {
            s.pilot(p[0], "Pilot " + p[0].toUpperCase(), "London");
            s.count(p[0], "2009-10", 3, 100_000L, p[1] + "00000.00", p[1] + ".00", "1.00", "0.00",
                    List.of(function("top-down", "10", "Social protection", p[2] + "00000.00", p[2] + ".00")));
        }
        s.pilot("f", "Pilot F", "London");
        s.count("f", "2009-10", 3, null, "700000000.00", null, "1.00", null,
                List.of(function("top-down", "10", "Social protection", "300000000.00", null)));
        s.pilot("g", "Pilot G", "London");
        return PilotComparisons.build(s.at("2010-02-05"), FY, null, "top-down");
    }

    private static String flag(PilotComparison c, String pilot, String function) {
        return c.cells().stream().filter(cell -> cell.pilot().equals(pilot) && cell.functionL1().equals(function))
                .findFirst().orElseThrow().flag();
    }

    @Test
    void shouldFlagAPerCapitaAboveTheUpperFenceAsAHighOutlier() {
        PilotComparison c = comparison();
        assertThat(flag(c, "e", PilotComparison.TOTAL)).isEqualTo("OUTLIER_HIGH");
        assertThat(flag(c, "a", PilotComparison.TOTAL)).isEqualTo("OK");
        PilotComparison.FunctionStats total = c.functions().get(0);
        assertThat(total.functionL1()).isEqualTo("TOTAL");
        assertThat(total.q1()).isEqualByComparingTo("5200");
        assertThat(total.q3()).isEqualByComparingTo("5600");
        assertThat(total.highFence()).isEqualByComparingTo("6200");
        assertThat(total.median()).isEqualByComparingTo("5400");
        assertThat(total.pilots()).isEqualTo(5);
    }

    @Test
    void shouldFlagAPerCapitaBelowTheLowerFenceAsALowOutlier() {
        PilotComparison c = comparison();
        assertThat(flag(c, "a", "10")).isEqualTo("OUTLIER_LOW");
        assertThat(flag(c, "e", "10")).isEqualTo("OK");
        assertThat(c.functions().get(1).lowFence()).isEqualByComparingTo("2700");
    }

    @Test
    void shouldFlagACountWithoutPopulationAsMissingPerCapitaAndLeaveItOutOfTheQuartiles() {
        PilotComparison c = comparison();
        assertThat(flag(c, "f", PilotComparison.TOTAL)).isEqualTo("MISSING_PER_CAPITA");
        assertThat(flag(c, "f", "10")).isEqualTo("MISSING_PER_CAPITA");
        assertThat(c.notCounted()).containsExactly("g");
        assertThat(c.ruleVersion()).isEqualTo(3);
    }

    @Test
    void shouldChartPerCapitaByPilotAndFunction() {
        ReportDocument document = PilotComparisons.document(comparison());
        ReportDocument.Chart chart = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(ReportDocument.Chart.class::isInstance).map(ReportDocument.Chart.class::cast).findFirst()
                .orElseThrow();
        assertThat(chart.categories()).containsExactly("Pilot A", "Pilot B", "Pilot C", "Pilot D", "Pilot E", "Pilot F");
        assertThat(chart.series()).extracting(ReportDocument.Series::name).containsExactly("10");
        assertThat(chart.series().get(0).values().get(5)).isNull();
    }
}
