package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.state.BodySubmissionState;
import org.totalplace.reporting.domain.state.CountState;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;
import org.totalplace.reporting.domain.state.ProposalState;
import org.totalplace.reporting.domain.state.ReportingSubmissionState;

/** Builds the {@link BudgetReport} from a programme state; pure. */
public final class BudgetReports {

    public static final String DEFAULT_REPORTING_POINT = "BUDGET-2010";
    public static final FinancialYear DEFAULT_YEAR = FinancialYear.parse("2009-10");

    /** Body submission states from least to most advanced (spend-service's moderation workflow). */
    private static final List<String> MODERATION_ORDER = List.of("DRAFT", "SUBMITTED", "MODERATED", "ACCEPTED");

    private BudgetReports() {
    }

    public static BudgetReport build(ProgrammeState state, FinancialYear year, Integer ruleVersion,
                                     String reportingPoint) {
        CountSelection selection = CountSelection.of(state, year, ruleVersion);
        List<BudgetReport.PilotBudget> pilots = state.pilots().stream()
                .map(pilot -> pilot(state, selection, pilot, reportingPoint))
                .toList();
        return new BudgetReport(state.asOf(), selection.financialYear(), selection.ruleVersion(), reportingPoint,
                pilots, totals(pilots));
    }

    private static BudgetReport.PilotBudget pilot(ProgrammeState state, CountSelection selection, PilotState pilot,
                                                  String reportingPoint) {
        BudgetReport.Count count = selection.of(pilot.pilotId()).map(c -> count(state, c)).orElse(null);
        List<BudgetReport.Implication> implications = state.proposals().stream()
                .filter(p -> pilot.pilotId().equals(p.pilotId()) && !p.withdrawn())
                .map(BudgetReports::implication)
                .toList();
        List<BudgetReport.WhitehallChange> changes = WhitehallAsks.of(state, pilot.pilotId()).stream()
                .map(b -> WhitehallAsks.change(state, b))
                .toList();
        return new BudgetReport.PilotBudget(pilot.pilotId(), pilot.code(), pilot.name(), pilot.region(), count,
                implications, changes, submission(state, pilot.pilotId(), reportingPoint).orElse(null));
    }

    static Optional<BudgetReport.Submission> submission(ProgrammeState state, UUID pilotId, String reportingPoint) {
        return state.submissions().stream()
                .filter(s -> pilotId.equals(s.pilotId()) && reportingPoint.equalsIgnoreCase(s.reportingPoint()))
                .max(Comparator.comparing(ReportingSubmissionState::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(s -> new BudgetReport.Submission(s.submissionId(), s.reportingPoint(), s.state(), s.reason(),
                        s.at(), s.sections()));
    }

    private static BudgetReport.Count count(ProgrammeState state, CountState count) {
        Map<String, BudgetReport.FunctionLine> functions = new LinkedHashMap<>();
        count.functions().stream()
                .sorted(Comparator.comparing(CountState.FunctionTotal::functionL1))
                .forEach(f -> functions.merge(f.functionL1(), line(f), BudgetReports::combine));
        List<BudgetReport.BodyState> bodies = state.bodySubmissions().stream()
                .filter(b -> count.pilotId().equals(b.pilotId()) && count.financialYear().equals(b.financialYear()))
                .sorted(Comparator.comparing(BodySubmissionState::body))
                .map(b -> new BudgetReport.BodyState(b.body(), b.state(), b.acceptedTotal()))
                .toList();
        return new BudgetReport.Count(count.ruleVersion(), count.ruleSetName(), count.population(), count.currency(),
                CountSelection.counted(count, CountSelection.TOP_DOWN),
                CountSelection.counted(count, CountSelection.BOTTOM_UP),
                CountSelection.perCapita(count, CountSelection.TOP_DOWN),
                CountSelection.perCapita(count, CountSelection.BOTTOM_UP),
                List.copyOf(functions.values()), moderationState(bodies), bodies, count.countedAt());
    }

    /** The least advanced state among the bodies' submissions: the count is only as moderated as its weakest part. */
    static String moderationState(List<BudgetReport.BodyState> bodies) {
        if (bodies.isEmpty()) {
            return "NONE";
        }
        return bodies.stream().map(BudgetReport.BodyState::state)
                .min(Comparator.comparingInt(s -> MODERATION_ORDER.indexOf(s) < 0 ? -1 : MODERATION_ORDER.indexOf(s)))
                .orElseThrow();
    }

    private static BudgetReport.FunctionLine line(CountState.FunctionTotal f) {
        boolean topDown = CountSelection.TOP_DOWN.equals(f.method());
        boolean bottomUp = CountSelection.BOTTOM_UP.equals(f.method());
        return new BudgetReport.FunctionLine(f.functionL1(), f.functionName(),
                topDown ? f.amount() : null, bottomUp ? f.amount() : null,
                topDown ? f.perCapita() : null, bottomUp ? f.perCapita() : null);
    }

    private static BudgetReport.FunctionLine combine(BudgetReport.FunctionLine a, BudgetReport.FunctionLine b) {
        return new BudgetReport.FunctionLine(a.functionL1(), a.functionName() != null ? a.functionName() : b.functionName(),
                first(a.topDown(), b.topDown()), first(a.bottomUp(), b.bottomUp()),
                first(a.topDownPerCapita(), b.topDownPerCapita()), first(a.bottomUpPerCapita(), b.bottomUpPerCapita()));
    }

    private static BigDecimal first(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }

    private static BudgetReport.Implication implication(ProposalState proposal) {
        Map<String, ProposalState.Outcome> scenarios = proposal.scenarios().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(java.util.Locale.ROOT), Map.Entry::getValue));
        ProposalState.Outcome low = scenarios.get("low");
        ProposalState.Outcome central = scenarios.get("central");
        ProposalState.Outcome high = scenarios.get("high");
        List<String> bodyNames = new ArrayList<>();
        for (ProposalState.Outcome outcome : java.util.Arrays.asList(central, low, high)) {
            if (outcome != null) {
                outcome.bodies().forEach(b -> {
                    if (!bodyNames.contains(b.body())) {
                        bodyNames.add(b.body());
                    }
                });
            }
        }
        List<BudgetReport.BodyPosition> bodies = bodyNames.stream()
                .map(name -> new BudgetReport.BodyPosition(name, net(low, name), net(central, name), net(high, name)))
                .toList();
        return new BudgetReport.Implication(proposal.proposalId(), proposal.title(), proposal.theme(),
                proposal.discountRate(), proposal.firstYear(), proposal.lastYear(), scenario(low), scenario(central),
                scenario(high), bodies);
    }

    private static BigDecimal net(ProposalState.Outcome outcome, String body) {
        if (outcome == null) {
            return null;
        }
        return outcome.bodies().stream().filter(b -> body.equals(b.body())).map(ProposalState.BodyNet::net)
                .findFirst().orElse(null);
    }

    private static BudgetReport.Scenario scenario(ProposalState.Outcome outcome) {
        return outcome == null ? null : new BudgetReport.Scenario(outcome.totalInvestment(), outcome.totalSavings(),
                outcome.net(), outcome.npv(), outcome.paybackYear(), outcome.paybackReason());
    }

    static List<BudgetReport.ProgrammeTotal> totals(List<BudgetReport.PilotBudget> pilots) {
        Map<String, List<BudgetReport.PilotBudget>> byCurrency = pilots.stream()
                .filter(p -> p.count() != null)
                .collect(Collectors.groupingBy(p -> p.count().currency(), java.util.TreeMap::new, Collectors.toList()));
        List<BudgetReport.ProgrammeTotal> totals = new ArrayList<>();
        byCurrency.forEach((currency, counted) -> totals.add(new BudgetReport.ProgrammeTotal(currency, counted.size(),
                sum(counted, c -> c.topDown()), sum(counted, c -> c.bottomUp()),
                counted.stream().map(p -> p.count().population()).filter(Objects::nonNull).mapToLong(Long::longValue).sum(),
                extreme(counted, c -> c.topDown(), false), extreme(counted, c -> c.topDown(), true),
                extreme(counted, c -> c.topDownPerCapita(), false), extreme(counted, c -> c.topDownPerCapita(), true))));
        return totals;
    }

    private static BigDecimal sum(List<BudgetReport.PilotBudget> pilots, Function<BudgetReport.Count, BigDecimal> value) {
        return pilots.stream().map(p -> value.apply(p.count())).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BudgetReport.Extreme extreme(List<BudgetReport.PilotBudget> pilots,
                                                Function<BudgetReport.Count, BigDecimal> value, boolean highest) {
        Comparator<BigDecimal> order = highest ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Optional<BigDecimal> best = pilots.stream().map(p -> value.apply(p.count())).filter(Objects::nonNull)
                .min(order);
        return best.map(v -> new BudgetReport.Extreme(v, pilots.stream()
                        .filter(p -> value.apply(p.count()) != null && value.apply(p.count()).compareTo(v) == 0)
                        .map(BudgetReport.PilotBudget::name).toList()))
                .orElse(null);
    }
}
