package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Block;
import org.totalplace.reporting.domain.document.ReportDocument.Section;

/** Lays the {@link BudgetReport} out for people; its first table ("pilots") is the report's main table. */
public final class BudgetDocument {

    private BudgetDocument() {
    }

    public static ReportDocument of(BudgetReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("1", "Programme totals", totalsBlocks(report)));
        sections.add(new Section("2", "The count by pilot", List.of(pilotsTable(report), functionsTable(report))));
        sections.add(new Section("3", "Financial implications", List.of(implicationsTable(report), bodiesTable(report))));
        sections.add(new Section("4", "Changes needed from Whitehall", List.of(whitehallTable(report))));
        sections.add(new Section("5", "Submissions to the Budget", List.of(submissionsTable(report))));
        String version = report.ruleVersion() == null ? "no count yet" : "counting rules v" + report.ruleVersion();
        return new ReportDocument("budget", "Total Place: Budget report",
                "Financial year " + report.financialYear() + ", " + version + ", as at " + Figures.date(report.asOf()),
                report.asOf(), sections);
    }

    /** The seeds' summary line: "The 13 pilots mapped £82.0bn ... from £2.2bn (Lewisham) to £22.0bn (...)". */
    public static String summary(BudgetReport.ProgrammeTotal total, String financialYear) {
        String text = "The " + total.pilotsCounted() + " counted pilot" + (total.pilotsCounted() == 1 ? "" : "s")
                + " mapped " + Figures.shortMoney(total.topDown(), total.currency()) + " of public spending in "
                + financialYear + " (top-down count)";
        if (total.smallestTotal() != null) {
            text += "; totals ranged from " + extreme(total.smallestTotal(), total.currency(), true) + " to "
                    + extreme(total.largestTotal(), total.currency(), true);
        }
        if (total.lowestPerCapita() != null) {
            text += "; per capita from " + extreme(total.lowestPerCapita(), total.currency(), false) + " to "
                    + extreme(total.highestPerCapita(), total.currency(), false);
        }
        return text + ".";
    }

    private static String extreme(BudgetReport.Extreme extreme, String currency, boolean large) {
        String value = large ? Figures.shortMoney(extreme.value(), currency) : Figures.wholeMoney(extreme.value(), currency);
        return value + " (" + String.join(", ", extreme.pilots()) + ")";
    }

    private static List<Block> totalsBlocks(BudgetReport report) {
        List<Block> blocks = new ArrayList<>();
        if (report.totals().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(null, "No pilot has a count for " + report.financialYear()
                    + " yet."));
        }
        for (BudgetReport.ProgrammeTotal total : report.totals()) {
            blocks.add(new ReportDocument.Paragraph(null, summary(total, report.financialYear())));
            blocks.add(new ReportDocument.KeyFigures(List.of(
                    new ReportDocument.KeyFigure("Pilots counted", String.valueOf(total.pilotsCounted())),
                    new ReportDocument.KeyFigure("Top-down total", Figures.money(total.topDown(), total.currency())),
                    new ReportDocument.KeyFigure("Bottom-up total", Figures.money(total.bottomUp(), total.currency())),
                    new ReportDocument.KeyFigure("Population", Figures.count(total.population())))));
        }
        List<BudgetReport.PilotBudget> counted = report.pilots().stream().filter(p -> p.count() != null).toList();
        if (!counted.isEmpty()) {
            blocks.add(new ReportDocument.Chart("Public spending per head by pilot", "£ per head",
                    counted.stream().map(BudgetReport.PilotBudget::name).toList(),
                    List.of(new ReportDocument.Series("Top-down",
                                    counted.stream().map(p -> p.count().topDownPerCapita()).toList()),
                            new ReportDocument.Series("Bottom-up",
                                    counted.stream().map(p -> p.count().bottomUpPerCapita()).toList()))));
        }
        return blocks;
    }

    private static ReportDocument.Table pilotsTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("pilots", "Each pilot's count, moderation and Budget submission")
                .text("pilot").text("name").text("region").number("ruleVersion").text("currency")
                .number("topDown").number("bottomUp").number("population").number("topDownPerCapita")
                .number("bottomUpPerCapita").text("moderationState").text("budgetSubmission")
                .number("proposals").number("whitehallChanges");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            BudgetReport.Count c = p.count();
            String currency = c == null ? null : c.currency();
            String submission = p.submission() == null ? "NONE" : p.submission().state();
            table.row(p.code(), p.code(), p.name(), p.name(), p.region(), p.region(),
                    c == null ? "not counted" : String.valueOf(c.ruleVersion()), c == null ? "" : String.valueOf(c.ruleVersion()),
                    currency, currency,
                    c == null ? "–" : Figures.money(c.topDown(), currency), c == null ? "" : Figures.raw(c.topDown()),
                    c == null ? "–" : Figures.money(c.bottomUp(), currency), c == null ? "" : Figures.raw(c.bottomUp()),
                    c == null || c.population() == null ? "–" : Figures.count(c.population()), c == null ? "" : Figures.raw(c.population()),
                    c == null ? "–" : Figures.money(c.topDownPerCapita(), currency), c == null ? "" : Figures.raw(c.topDownPerCapita()),
                    c == null ? "–" : Figures.money(c.bottomUpPerCapita(), currency), c == null ? "" : Figures.raw(c.bottomUpPerCapita()),
                    c == null ? "–" : c.moderationState(), c == null ? "" : c.moderationState(),
                    submission, submission,
                    String.valueOf(p.implications().size()), String.valueOf(p.implications().size()),
                    String.valueOf(p.whitehallChanges().size()), String.valueOf(p.whitehallChanges().size()));
        }
        if (report.totals().size() == 1) {
            BudgetReport.ProgrammeTotal t = report.totals().get(0);
            table.totals(List.of("Programme", "", "", "", t.currency(), Figures.money(t.topDown(), t.currency()),
                    Figures.money(t.bottomUp(), t.currency()), Figures.count(t.population()), "", "", "", "", "", ""));
        }
        return table.build();
    }

    private static ReportDocument.Table functionsTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("functions", "Counted spend by function")
                .text("pilot").text("function").text("functionName").number("topDown").number("bottomUp")
                .number("topDownPerCapita").number("bottomUpPerCapita");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            if (p.count() == null) {
                continue;
            }
            String cur = p.count().currency();
            for (BudgetReport.FunctionLine f : p.count().functions()) {
                table.row(p.name(), p.code(), f.functionL1(), f.functionL1(), f.functionName(), f.functionName(),
                        Figures.money(f.topDown(), cur), Figures.raw(f.topDown()),
                        Figures.money(f.bottomUp(), cur), Figures.raw(f.bottomUp()),
                        Figures.money(f.topDownPerCapita(), cur), Figures.raw(f.topDownPerCapita()),
                        Figures.money(f.bottomUpPerCapita(), cur), Figures.raw(f.bottomUpPerCapita()));
            }
        }
        return table.build();
    }

    private static ReportDocument.Table implicationsTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("implications",
                "Redesign proposals: net present value and payback (central, with low and high scenarios)")
                .text("pilot").text("proposal").text("theme").number("npvLow").number("npvCentral")
                .number("npvHigh").text("paybackCentral").number("netCentral");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            for (BudgetReport.Implication i : p.implications()) {
                String payback = i.central() == null ? "" : i.central().paybackYear() != null
                        ? i.central().paybackYear() : Objects.toString(i.central().paybackReason(), "");
                table.row(p.name(), p.code(), i.title(), i.title(), i.theme(), i.theme(),
                        money(npv(i.low())), Figures.raw(npv(i.low())),
                        money(npv(i.central())), Figures.raw(npv(i.central())),
                        money(npv(i.high())), Figures.raw(npv(i.high())),
                        payback, payback,
                        money(i.central() == null ? null : i.central().net()),
                        Figures.raw(i.central() == null ? null : i.central().net()));
            }
        }
        return table.build();
    }

    private static ReportDocument.Table bodiesTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("body-positions", "Who invests and who benefits: net position per body")
                .text("pilot").text("proposal").text("body").number("netLow").number("netCentral").number("netHigh");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            for (BudgetReport.Implication i : p.implications()) {
                for (BudgetReport.BodyPosition b : i.bodies()) {
                    table.row(p.name(), p.code(), i.title(), i.title(), b.body(), b.body(),
                            money(b.lowNet()), Figures.raw(b.lowNet()), money(b.centralNet()), Figures.raw(b.centralNet()),
                            money(b.highNet()), Figures.raw(b.highNet()));
                }
            }
        }
        return table.build();
    }

    private static ReportDocument.Table whitehallTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("whitehall-changes",
                "Barriers escalated to the officials' group or ministers, with their decisions")
                .text("pilot").text("barrier").text("department").text("tier").text("status").text("decision")
                .text("whitehallChange").text("decisions");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            for (BudgetReport.WhitehallChange w : p.whitehallChanges()) {
                String decisions = w.decisions().stream()
                        .map(d -> (d.meetingDate() == null ? "" : d.meetingDate() + ": ") + d.text())
                        .collect(Collectors.joining("; "));
                table.row(p.name(), p.code(), w.title(), w.title(), w.owningDepartment(), w.owningDepartment(),
                        w.tier(), w.tier(), w.status(), w.status(), w.decision(), w.decision(),
                        w.whitehallChange(), w.whitehallChange(), decisions, decisions);
            }
        }
        return table.build();
    }

    private static ReportDocument.Table submissionsTable(BudgetReport report) {
        TableBuilder table = new TableBuilder("submissions", "Each pilot's submission to " + report.reportingPoint())
                .text("pilot").text("state").text("reason").text("updated").text("sections");
        for (BudgetReport.PilotBudget p : report.pilots()) {
            BudgetReport.Submission s = p.submission();
            String sections = s == null ? "" : String.join(", ", new java.util.TreeSet<>(s.sections().keySet()));
            table.row(p.name(), p.code(), s == null ? "NONE" : s.state(), s == null ? "NONE" : s.state(),
                    s == null ? "" : s.reason(), s == null ? "" : s.reason(),
                    s == null ? "" : Figures.date(s.at()), s == null ? "" : Figures.raw(s.at()), sections, sections);
        }
        return table.build();
    }

    private static BigDecimal npv(BudgetReport.Scenario scenario) {
        return scenario == null ? null : scenario.npv();
    }

    private static String money(BigDecimal amount) {
        return Figures.money(amount, "GBP");
    }
}
