package org.totalplace.reporting.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.state.BarrierState;
import org.totalplace.reporting.domain.state.DecisionState;
import org.totalplace.reporting.domain.state.MilestoneState;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/** Words a {@link BoardPaper} from the programme state, in the register of seed 001; pure. */
public final class BoardPapers {

    public static final LocalDate BUDGET_DEADLINE = LocalDate.of(2010, 2, 5);

    private BoardPapers() {
    }

    public static BoardPaper build(ProgrammeState state, LocalDate meetingDate, FinancialYear year) {
        Numbering n = new Numbering();
        List<BoardPaper.PaperSection> sections = new ArrayList<>();
        sections.add(new BoardPaper.PaperSection("Programme progress", progress(state, n)));
        BudgetReport budget = BudgetReports.build(state, year, null, BudgetReports.DEFAULT_REPORTING_POINT);
        sections.add(new BoardPaper.PaperSection("The count", List.of(n.next(count(budget), List.of()))));
        sections.add(new BoardPaper.PaperSection("Pre-Budget Report", List.of(n.next(
                "The Pre-Budget Report is one of the two key reporting points for Total Place. Pilots' submissions to "
                        + PbrSummaries.DEFAULT_REPORTING_POINT + " by state: "
                        + states(state, PbrSummaries.DEFAULT_REPORTING_POINT) + ".", List.of()))));
        sections.add(new BoardPaper.PaperSection("Budget Report", List.of(n.next(
                "The format for pilots to report to the Budget blends the financial implications of the pilots' work "
                        + "with the changes needed from Whitehall. Final reports are to be submitted by "
                        + Figures.date(BUDGET_DEADLINE) + "; submissions to " + BudgetReports.DEFAULT_REPORTING_POINT
                        + " by state: " + states(state, BudgetReports.DEFAULT_REPORTING_POINT) + ".", List.of()))));
        sections.add(new BoardPaper.PaperSection("Barriers and decisions", barriers(state, n)));
        if (!state.expressions().isEmpty()) {
            sections.add(new BoardPaper.PaperSection("Place-based budgets", List.of(n.next(
                    state.expressions().size() + " expressions of interest in place-based budgets have been received"
                            + " and are with HMT and CLG.", List.of()))));
        }
        String summary = "This report provides an update on the Total Place initiative as at "
                + Figures.date(state.asOf()) + ", informs members of the progress of the " + state.pilots().size()
                + " pilots, and looks ahead to next steps before the final report on the Total Place programme, that "
                + "will be produced for the forthcoming Budget.";
        return new BoardPaper(state.asOf(), "Improvement Board", meetingDate, "Total Place", summary,
                "That the Improvement Board notes the progress of the pilots, endorses the continuing approach being "
                        + "taken and considers its wider role in the roll-out of Total Place.",
                "Officers to reflect the Board's views in future work.", BoardPaper.ContactOfficer.LEADERSHIP_CENTRE,
                sections, "There are no additional financial implications arising from this report.",
                "The leadership centre has established links with the Welsh Assembly and various authorities who are "
                        + "considering such an approach within Wales.");
    }

    private static List<BoardPaper.NumberedParagraph> progress(ProgrammeState state, Numbering n) {
        Map<Integer, Long> byPhase = state.pilots().stream()
                .collect(Collectors.groupingBy(PilotState::phase, TreeMap::new, Collectors.counting()));
        String phases = byPhase.entrySet().stream().map(e -> e.getValue() + " in phase " + e.getKey())
                .collect(Collectors.joining(", "));
        Map<String, Long> milestones = state.milestones().stream()
                .collect(Collectors.groupingBy(MilestoneState::status, TreeMap::new, Collectors.counting()));
        List<BoardPaper.NumberedParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(n.next("There are " + state.pilots().size() + " Total Place pilots"
                + (phases.isEmpty() ? "" : ": " + phases) + ". Milestones met: " + milestones.getOrDefault("MET", 0L)
                + "; missed: " + milestones.getOrDefault("MISSED", 0L) + "; still planned: "
                + milestones.getOrDefault("PLANNED", 0L) + ".", List.of()));
        LocalDate today = LocalDate.ofInstant(state.asOf(), java.time.ZoneOffset.UTC);
        List<String> next = state.milestones().stream()
                .filter(m -> "PLANNED".equals(m.status()) && m.dueDate() != null && !m.dueDate().isBefore(today))
                .sorted(Comparator.comparing(MilestoneState::dueDate).thenComparing(MilestoneState::title))
                .limit(5)
                .map(m -> FortnightlyUpdates.pilotName(state, m.pilotId()) + ": " + m.title() + " (due "
                        + Figures.date(m.dueDate()) + ")")
                .toList();
        if (!next.isEmpty()) {
            paragraphs.add(n.next("The next milestones are:", next));
        }
        return paragraphs;
    }

    private static String count(BudgetReport budget) {
        if (budget.totals().isEmpty()) {
            return "No pilot has yet completed its count of " + budget.financialYear() + ".";
        }
        String text = budget.totals().stream().map(t -> BudgetDocument.summary(t, budget.financialYear()))
                .collect(Collectors.joining(" "));
        long accepted = budget.pilots().stream()
                .filter(p -> p.count() != null && "ACCEPTED".equals(p.count().moderationState())).count();
        return text + " Some differences come from different counting methodologies, so counts are moderated: "
                + accepted + " of " + budget.totals().stream().mapToInt(BudgetReport.ProgrammeTotal::pilotsCounted).sum()
                + " counts have every body's submission accepted.";
    }

    private static List<BoardPaper.NumberedParagraph> barriers(ProgrammeState state, Numbering n) {
        Map<String, Long> byStatus = state.barriers().stream()
                .collect(Collectors.groupingBy(BarrierState::status, TreeMap::new, Collectors.counting()));
        long whitehall = state.barriers().stream().filter(WhitehallAsks::reachedWhitehall).count();
        List<BoardPaper.NumberedParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(n.next("The barrier register holds " + state.barriers().size() + " barriers: "
                + byStatus.getOrDefault("OPEN", 0L) + " open, " + byStatus.getOrDefault("RESOLVED", 0L)
                + " resolved and " + byStatus.getOrDefault("DECLINED", 0L) + " declined; " + whitehall
                + " have been escalated to the high-level officials' group or the ministerial group.", List.of()));
        List<String> recent = state.decisions().stream()
                .sorted(Comparator.comparing(DecisionState::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .limit(5)
                .map(d -> (d.meetingDate() == null ? "" : Figures.date(d.meetingDate()) + ": ") + d.text())
                .toList();
        if (!recent.isEmpty()) {
            paragraphs.add(n.next("Recent decisions:", recent));
        }
        return paragraphs;
    }

    private static String states(ProgrammeState state, String reportingPoint) {
        Map<String, Long> byState = PbrSummaries.build(state, reportingPoint).byState();
        return byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public static ReportDocument document(BoardPaper paper) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, "Summary", List.of(new ReportDocument.Paragraph(null, paper.summary()))));
        sections.add(new Section(null, "Recommendations",
                List.of(new ReportDocument.Paragraph(null, paper.recommendations()))));
        sections.add(new Section(null, "Action", List.of(new ReportDocument.Paragraph(null, paper.action()))));
        BoardPaper.ContactOfficer c = paper.contactOfficer();
        sections.add(new Section(null, "Contact Officer", List.of(new ReportDocument.KeyFigures(List.of(
                new ReportDocument.KeyFigure("Contact Officer", c.name() + ", " + c.organisation()),
                new ReportDocument.KeyFigure("Phone No", c.phone()),
                new ReportDocument.KeyFigure("Email", c.email()))))));
        for (BoardPaper.PaperSection s : paper.sections()) {
            List<ReportDocument.Block> blocks = new ArrayList<>();
            for (BoardPaper.NumberedParagraph p : s.paragraphs()) {
                blocks.add(new ReportDocument.Paragraph(String.valueOf(p.number()), p.text()));
                if (!p.bullets().isEmpty()) {
                    blocks.add(new ReportDocument.Bullets(p.bullets()));
                }
            }
            sections.add(new Section(null, s.heading(), blocks));
        }
        sections.add(new Section(null, "Financial Implications",
                List.of(new ReportDocument.Paragraph(null, paper.financialImplications()))));
        sections.add(new Section(null, "Implications for Wales",
                List.of(new ReportDocument.Paragraph(null, paper.implicationsForWales()))));
        return new ReportDocument("board-paper", paper.board() + ": " + paper.title(),
                Figures.date(paper.meetingDate()), paper.asOf(), sections);
    }

    /** Paragraphs are numbered through the whole paper, as in seed 001. */
    private static final class Numbering {

        private int last;

        BoardPaper.NumberedParagraph next(String text, List<String> bullets) {
            return new BoardPaper.NumberedParagraph(++last, text, bullets);
        }
    }
}
