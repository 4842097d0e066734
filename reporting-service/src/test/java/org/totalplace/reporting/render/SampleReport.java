package org.totalplace.reporting.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Bullets;
import org.totalplace.reporting.domain.document.ReportDocument.Chart;
import org.totalplace.reporting.domain.document.ReportDocument.KeyFigure;
import org.totalplace.reporting.domain.document.ReportDocument.KeyFigures;
import org.totalplace.reporting.domain.document.ReportDocument.Paragraph;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.document.ReportDocument.Series;
import org.totalplace.reporting.domain.document.ReportDocument.Table;

/** A small board paper about two pilots, with every kind of block, as the report builders would lay it out. */
final class SampleReport {

    static final Instant AS_OF = Instant.parse("2010-02-05T17:00:00Z");

    private SampleReport() {
    }

    static ReportDocument boardPaper() {
        return boardPaper("Lewisham", "Birmingham", true);
    }

    static ReportDocument boardPaper(String firstPilot, String secondPilot, boolean withChart) {
        Section summary = new Section("1", "Summary", List.of(
                new Paragraph("1.1", "This paper reports the count of public spending in " + firstPilot + " and "
                        + secondPilot + " for 2008–09."),
                new Paragraph("1.2", "Both pilots have submitted their final reports to the Treasury."),
                new KeyFigures(List.of(
                        new KeyFigure("Counted spend, both pilots", "£9,876,543.21"),
                        new KeyFigure("Pilots reporting", "2"))),
                new Bullets(List.of("Barriers escalated to ministers: 1", "Decisions taken: 3"))));
        List<ReportDocument.Block> perCapitaBlocks = withChart
                ? List.of(new Paragraph("2.1", "Spend per head by function."), perCapitaChart(firstPilot, secondPilot))
                : List.of(new Paragraph("2.1", "Spend per head by function."));
        Section perCapita = new Section("2", "Spend per head", perCapitaBlocks);
        Section count = new Section("3", "The count by pilot", List.of(
                new Paragraph("3.1", "The table gives each pilot's top-down and bottom-up totals."),
                new Table("count", "Table 1: the count by pilot",
                        List.of("Pilot", "Top-down", "Bottom-up", "Moderation"),
                        List.of(false, true, true, false),
                        List.of(List.of(firstPilot, "£4,321,000.00", "£4,300,123.45", "moderated"),
                                List.of(secondPilot, "£5,555,543.21", "£5,576,419.76", "awaiting")),
                        List.of(List.of(firstPilot, "4321000.00", "4300123.45", "moderated"),
                                List.of(secondPilot, "5555543.21", "5576419.76", "awaiting")),
                        List.of("Total", "£9,876,543.21", "£9,876,543.21", ""))));
        Section wales = new Section("4", "Implications for Wales", List.of(
                new Paragraph("4.1", "None.")));
        return new ReportDocument("board-paper", "Total Place: the count of public spending",
                "Improvement Board, 5 February 2010", AS_OF, List.of(summary, perCapita, count, wales));
    }

    static Chart perCapitaChart(String firstPilot, String secondPilot) {
        return new Chart("Figure 1: spend per head by function", "£ per head",
                List.of("Health", "Police", "Education", "Housing"),
                List.of(new Series(firstPilot, List.of(bd("1850.25"), bd("420.10"), bd("1320.00"), bd("610.75"))),
                        new Series(secondPilot, List.of(bd("1720.00"), bd("390.40"), bd("1410.60"), bd("580.00")))));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
