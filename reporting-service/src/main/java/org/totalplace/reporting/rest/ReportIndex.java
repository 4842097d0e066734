package org.totalplace.reporting.rest;

import java.util.List;
import java.util.Locale;
import org.totalplace.reporting.render.IndexEntry;
import org.totalplace.reporting.render.IndexPage;
import org.totalplace.reporting.render.ReportFormat;

/** What {@code GET /reports} lists. */
final class ReportIndex {

    private static final List<String> FORMATS = List.of("json", "csv", "html", "pdf");
    private static final ReportIndexResponse.Param AS_OF = new ReportIndexResponse.Param("asOf",
            "ISO-8601 instant, or a date meaning the end of that day (UTC)", "now");
    private static final ReportIndexResponse.Param FORMAT = new ReportIndexResponse.Param("format",
            "json, csv, html or pdf; else the Accept header decides", "json");
    private static final ReportIndexResponse.Param TABLE = new ReportIndexResponse.Param("table",
            "CSV only: which of the report's tables", "the first");
    private static final ReportIndexResponse.Param YEAR = new ReportIndexResponse.Param("financialYear",
            "Financial year counted", "2009-10");
    private static final ReportIndexResponse.Param RULES = new ReportIndexResponse.Param("ruleVersion",
            "Counting rules version", "the highest present for the year");

    static final ReportIndexResponse INDEX = new ReportIndexResponse(List.of(
            new ReportIndexResponse.Report("budget", "Budget report",
                    "Per pilot: count, financial implications, Whitehall changes, submission; programme totals",
                    "/reports/budget", FORMATS, List.of(AS_OF, YEAR, RULES,
                    new ReportIndexResponse.Param("reportingPoint", "Reporting point of the submissions", "BUDGET-2010"),
                    FORMAT, TABLE)),
            new ReportIndexResponse.Report("pbr-summary", "Pre-Budget Report summary",
                    "Submissions per pilot to the PBR, their state and key asks", "/reports/pbr-summary", FORMATS,
                    List.of(AS_OF, new ReportIndexResponse.Param("reportingPoint", "Reporting point", "PBR-2009"),
                            FORMAT, TABLE)),
            new ReportIndexResponse.Report("fortnightly-update", "Fortnightly Total Place update",
                    "What changed in a window: milestones, decisions, barriers, submissions, expressions of interest",
                    "/reports/fortnightly-update", FORMATS, List.of(AS_OF,
                    new ReportIndexResponse.Param("from", "Window start (exclusive)", "14 days before 'to'"),
                    new ReportIndexResponse.Param("to", "Window end (inclusive)", "asOf"), FORMAT, TABLE)),
            new ReportIndexResponse.Report("board-paper", "Improvement Board paper",
                    "Total Place paper in the Board's format", "/reports/board-paper", List.of("json", "html", "pdf"),
                    List.of(AS_OF, new ReportIndexResponse.Param("meetingDate", "The Board meeting's date",
                            "asOf's date"), YEAR, FORMAT)),
            new ReportIndexResponse.Report("pilot-comparison", "Pilot comparison",
                    "Per-capita spend by function across pilots with moderation flags", "/reports/pilot-comparison",
                    FORMATS, List.of(AS_OF, YEAR, RULES, new ReportIndexResponse.Param("method",
                    "top-down or bottom-up", "top-down"), FORMAT, TABLE))));

    private ReportIndex() {
    }

    /** The index as a page for people: each report linked in each of its forms. */
    static String page() {
        List<IndexEntry> entries = INDEX.items().stream().map(report -> new IndexEntry(report.kind(), report.title(),
                report.description(), report.href(), report.formats().stream()
                .map(format -> ReportFormat.valueOf(format.toUpperCase(Locale.ROOT))).toList(), null)).toList();
        return new IndexPage().render("Total Place reports", "The programme's reports, made from the live state of "
                + "the pilots, governance and spend services; add ?asOf=2010-02-05 to any of them to see it as it "
                + "stood at the end of that day.", entries);
    }
}
