package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.state.CountState;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/** Builds the {@link PilotComparison} and its document; pure. */
public final class PilotComparisons {

    public static final List<String> METHODS = List.of(CountSelection.TOP_DOWN, CountSelection.BOTTOM_UP);

    private PilotComparisons() {
    }

    public static PilotComparison build(ProgrammeState state, FinancialYear year, Integer ruleVersion, String method) {
        CountSelection selection = CountSelection.of(state, year, ruleVersion);
        Map<String, String> functionNames = new TreeMap<>();
        List<PilotComparison.Cell> unflagged = new ArrayList<>();
        List<String> notCounted = new ArrayList<>();
        for (PilotState pilot : state.pilots()) {
            CountState count = selection.of(pilot.pilotId()).orElse(null);
            if (count == null) {
                notCounted.add(pilot.code());
                continue;
            }
            unflagged.add(new PilotComparison.Cell(pilot.pilotId(), pilot.code(), pilot.name(), PilotComparison.TOTAL,
                    count.currency(), CountSelection.counted(count, method), perCapita(count,
                    CountSelection.perCapita(count, method)), null));
            count.functions().stream().filter(f -> method.equals(f.method()))
                    .sorted(Comparator.comparing(CountState.FunctionTotal::functionL1))
                    .forEach(f -> {
                        functionNames.putIfAbsent(f.functionL1(), f.functionName());
                        unflagged.add(new PilotComparison.Cell(pilot.pilotId(), pilot.code(), pilot.name(),
                                f.functionL1(), count.currency(), f.amount(), perCapita(count, f.perCapita()), null));
                    });
        }
        Map<String, String> order = new LinkedHashMap<>();
        order.put(PilotComparison.TOTAL, "All functions");
        order.putAll(functionNames);
        List<PilotComparison.FunctionStats> stats = new ArrayList<>();
        List<PilotComparison.Cell> cells = new ArrayList<>();
        order.forEach((function, name) -> {
            List<PilotComparison.Cell> ofFunction = unflagged.stream().filter(c -> function.equals(c.functionL1())).toList();
            List<BigDecimal> values = ofFunction.stream().map(PilotComparison.Cell::perCapita).filter(Objects::nonNull).toList();
            Quartiles quartiles = values.isEmpty() ? null : Quartiles.of(values);
            stats.add(stats(function, name, values, quartiles));
            ofFunction.forEach(c -> cells.add(new PilotComparison.Cell(c.pilotId(), c.pilot(), c.name(), c.functionL1(),
                    c.currency(), c.amount(), c.perCapita(), flag(c.perCapita(), quartiles))));
        });
        cells.sort(Comparator.comparing(PilotComparison.Cell::pilot)
                .thenComparing(c -> PilotComparison.TOTAL.equals(c.functionL1()) ? "" : c.functionL1()));
        return new PilotComparison(state.asOf(), selection.financialYear(), selection.ruleVersion(), method, stats,
                cells, notCounted);
    }

    /** Without a population there is no per capita, whatever a stored figure says. */
    private static BigDecimal perCapita(CountState count, BigDecimal value) {
        return count.population() == null || count.population() <= 0 ? null : value;
    }

    static String flag(BigDecimal perCapita, Quartiles quartiles) {
        if (perCapita == null) {
            return "MISSING_PER_CAPITA";
        }
        if (perCapita.compareTo(quartiles.lowFence()) < 0) {
            return "OUTLIER_LOW";
        }
        if (perCapita.compareTo(quartiles.highFence()) > 0) {
            return "OUTLIER_HIGH";
        }
        return "OK";
    }

    private static PilotComparison.FunctionStats stats(String function, String name, List<BigDecimal> values,
                                                       Quartiles quartiles) {
        if (quartiles == null) {
            return new PilotComparison.FunctionStats(function, name, 0, null, null, null, null, null, null);
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return new PilotComparison.FunctionStats(function, name, n, quartiles.q1(), median, quartiles.q3(),
                quartiles.iqr(), quartiles.lowFence(), quartiles.highFence());
    }

    public static ReportDocument document(PilotComparison c) {
        List<Section> sections = new ArrayList<>();
        long flagged = c.cells().stream().filter(cell -> !"OK".equals(cell.flag())).count();
        sections.add(new Section("1", "Summary", List.of(new ReportDocument.Paragraph(null,
                "Per-capita " + c.method() + " spend in " + c.financialYear() + (c.ruleVersion() == null ? ""
                        : " under counting rules v" + c.ruleVersion()) + ". " + flagged
                        + " figure(s) need moderation: outliers lie beyond 1.5 times the interquartile range of the"
                        + " pilots' values for the function (quartiles by R's type 7); figures without a population"
                        + " have no per capita." + (c.notCounted().isEmpty() ? ""
                        : " Not counted under these rules: " + String.join(", ", c.notCounted()) + ".")))));
        TableBuilder table = new TableBuilder("per-capita", "Per-capita spend by pilot and function, with moderation flags")
                .text("pilot").text("name").text("function").text("currency").number("amount").number("perCapita")
                .text("flag");
        for (PilotComparison.Cell cell : c.cells()) {
            table.row(cell.pilot(), cell.pilot(), cell.name(), cell.name(), cell.functionL1(), cell.functionL1(),
                    cell.currency(), cell.currency(), Figures.money(cell.amount(), cell.currency()), Figures.raw(cell.amount()),
                    Figures.money(cell.perCapita(), cell.currency()), Figures.raw(cell.perCapita()), cell.flag(), cell.flag());
        }
        TableBuilder stats = new TableBuilder("functions", "Quartiles (type 7) and fences per function")
                .text("function").text("functionName").number("pilots").number("q1").number("median").number("q3")
                .number("iqr").number("lowFence").number("highFence");
        for (PilotComparison.FunctionStats s : c.functions()) {
            stats.row(s.functionL1(), s.functionL1(), s.functionName(), s.functionName(), String.valueOf(s.pilots()),
                    String.valueOf(s.pilots()), Figures.money(s.q1(), "GBP"), Figures.raw(s.q1()),
                    Figures.money(s.median(), "GBP"), Figures.raw(s.median()), Figures.money(s.q3(), "GBP"), Figures.raw(s.q3()),
                    Figures.money(s.iqr(), "GBP"), Figures.raw(s.iqr()), Figures.money(s.lowFence(), "GBP"),
                    Figures.raw(s.lowFence()), Figures.money(s.highFence(), "GBP"), Figures.raw(s.highFence()));
        }
        List<String> pilots = c.cells().stream().map(PilotComparison.Cell::name).distinct().toList();
        List<String> functions = c.functions().stream().map(PilotComparison.FunctionStats::functionL1)
                .filter(f -> !PilotComparison.TOTAL.equals(f)).toList();
        List<ReportDocument.Series> series = functions.stream().map(f -> new ReportDocument.Series(f, pilots.stream()
                .map(p -> c.cells().stream().filter(cell -> p.equals(cell.name()) && f.equals(cell.functionL1()))
                        .findFirst().map(PilotComparison.Cell::perCapita).orElse(null))
                .toList())).toList();
        List<ReportDocument.Block> blocks = new ArrayList<>();
        blocks.add(table.build());
        if (!pilots.isEmpty() && !series.isEmpty()) {
            blocks.add(new ReportDocument.Chart("Per-capita spend by pilot and function", "£ per head", pilots, series));
        }
        sections.add(new Section("2", "Per capita by pilot and function", blocks));
        sections.add(new Section("3", "Method", List.of(stats.build())));
        return new ReportDocument("pilot-comparison", "Total Place: pilot comparison",
                c.financialYear() + ", " + c.method() + ", as at " + Figures.date(c.asOf()), c.asOf(), sections);
    }
}
