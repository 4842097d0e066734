package org.totalplace.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/** Builds the {@link PbrSummary} and its document; pure. */
public final class PbrSummaries {

    public static final String DEFAULT_REPORTING_POINT = "PBR-2009";

    private PbrSummaries() {
    }

    public static PbrSummary build(ProgrammeState state, String reportingPoint) {
        List<PbrSummary.PilotEntry> pilots = state.pilots().stream().map(p -> entry(state, p, reportingPoint)).toList();
        Map<String, Long> byState = pilots.stream()
                .collect(Collectors.groupingBy(PbrSummary.PilotEntry::state, TreeMap::new, Collectors.counting()));
        return new PbrSummary(state.asOf(), reportingPoint, byState, pilots);
    }

    private static PbrSummary.PilotEntry entry(ProgrammeState state, PilotState pilot, String reportingPoint) {
        var submission = BudgetReports.submission(state, pilot.pilotId(), reportingPoint);
        List<PbrSummary.Ask> sections = submission.map(s -> new TreeMap<>(s.sections()).entrySet().stream()
                .map(e -> new PbrSummary.Ask(e.getKey(), e.getValue())).toList()).orElse(List.of());
        List<PbrSummary.EscalatedBarrier> barriers = WhitehallAsks.of(state, pilot.pilotId()).stream()
                .map(b -> new PbrSummary.EscalatedBarrier(b.barrierId(), b.title(), b.tier(), b.status(), b.decision()))
                .toList();
        return new PbrSummary.PilotEntry(pilot.pilotId(), pilot.code(), pilot.name(), pilot.region(),
                submission.map(BudgetReport.Submission::state).orElse("NONE"),
                submission.map(BudgetReport.Submission::reason).orElse(null),
                submission.map(BudgetReport.Submission::at).orElse(null), sections, barriers);
    }

    public static ReportDocument document(PbrSummary summary) {
        List<Section> sections = new ArrayList<>();
        String counts = summary.byState().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        sections.add(new Section("1", "Summary", List.of(new ReportDocument.Paragraph(null,
                summary.pilots().size() + " pilots; submissions to " + summary.reportingPoint() + " by state: "
                        + (counts.isEmpty() ? "none" : counts) + "."))));
        TableBuilder table = new TableBuilder("submissions", "Submissions to " + summary.reportingPoint() + " per pilot")
                .text("pilot").text("name").text("region").text("state").text("reason").text("updated")
                .number("sections").number("escalatedBarriers");
        TableBuilder asks = new TableBuilder("key-asks", "Key asks: submission sections and barriers escalated to Whitehall")
                .text("pilot").text("kind").text("subject").text("content");
        for (PbrSummary.PilotEntry p : summary.pilots()) {
            table.row(p.code(), p.code(), p.name(), p.name(), p.region(), p.region(), p.state(), p.state(),
                    p.reason(), p.reason(), Figures.date(p.updatedAt()), Figures.raw(p.updatedAt()),
                    String.valueOf(p.sections().size()), String.valueOf(p.sections().size()),
                    String.valueOf(p.escalatedBarriers().size()), String.valueOf(p.escalatedBarriers().size()));
            for (PbrSummary.Ask ask : p.sections()) {
                asks.row(p.name(), p.code(), "section", "section", ask.section(), ask.section(), ask.content(), ask.content());
            }
            for (PbrSummary.EscalatedBarrier b : p.escalatedBarriers()) {
                String content = b.tier() + ", " + b.status() + (b.decision() == null ? "" : ": " + b.decision());
                asks.row(p.name(), p.code(), "barrier", "barrier", b.title(), b.title(), content, content);
            }
        }
        sections.add(new Section("2", "Submissions", List.of(table.build())));
        sections.add(new Section("3", "Key asks", List.of(asks.build())));
        return new ReportDocument("pbr-summary", "Total Place: Pre-Budget Report summary",
                summary.reportingPoint() + ", as at " + Figures.date(summary.asOf()), summary.asOf(), sections);
    }
}
