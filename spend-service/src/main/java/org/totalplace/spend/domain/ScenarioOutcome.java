package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a redesign comes to in one sensitivity case: the programme's position year by year (net, cumulative net,
 * discount factor, present value), each body's net position, the totals, the NPV and the payback year.
 *
 * <p>Every year from the first to the last year with flows is shown, years without flows as zero. Year {@code t}
 * (whole years after the first) is discounted by {@code 1/(1+r)^t}: the Green Book convention, in which the first
 * year's flows are not discounted and each later year's fall one whole year later. NPVs sum the unrounded present
 * values and are rounded half-even to the penny once, at the end.
 */
public record ScenarioOutcome(Scenario scenario, List<YearPosition> years, List<BodyPosition> bodies,
                              BigDecimal totalInvestment, BigDecimal totalSavings, BigDecimal net, BigDecimal npv,
                              Payback payback) {

    public ScenarioOutcome {
        years = List.copyOf(years);
        bodies = List.copyOf(bodies);
    }

    /** Appraises flows that {@link ProposalRules} accepted (at least one, none before {@code first}). */
    public static ScenarioOutcome appraise(Scenario scenario, DiscountRate rate, FinancialYear first,
                                           FinancialYear last, List<CashFlow> flows) {
        List<BigDecimal> factors = new ArrayList<>();
        for (int t = 0; t <= last.startYear() - first.startYear(); t++) {
            factors.add(rate.factor(t));
        }
        List<YearPosition> years = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal exactNpv = BigDecimal.ZERO;
        for (int t = 0; t < factors.size(); t++) {
            FinancialYear year = new FinancialYear(first.startYear() + t);
            BodyYear sums = sum(scenario, year, flows);
            cumulative = cumulative.add(sums.net());
            BigDecimal presentValue = sums.net().multiply(factors.get(t), DiscountRate.PRECISION);
            exactNpv = exactNpv.add(presentValue, DiscountRate.PRECISION);
            years.add(new YearPosition(year, t, factors.get(t), sums.investment(), sums.savings(), sums.net(),
                    cumulative, Pounds.toPenny(presentValue)));
        }
        List<BodyPosition> bodies = new ArrayList<>();
        for (Map.Entry<String, List<CashFlow>> body : byBody(flows).entrySet()) {
            bodies.add(position(scenario, body.getKey(), body.getValue(), first, factors));
        }
        BigDecimal investment = years.stream().map(YearPosition::investment).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal savings = years.stream().map(YearPosition::savings).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ScenarioOutcome(scenario, years, bodies, investment, savings, savings.subtract(investment),
                Pounds.toPenny(exactNpv), Payback.of(years));
    }

    /** The bodies that put in more than they get back in this scenario: the "wrong pocket". */
    public List<BodyPosition> bodiesOutOfPocket() {
        return bodies.stream().filter(BodyPosition::investsMoreThanItGetsBack).toList();
    }

    private static BodyPosition position(Scenario scenario, String body, List<CashFlow> flows, FinancialYear first,
                                         List<BigDecimal> factors) {
        List<BodyYear> years = new ArrayList<>();
        BigDecimal investment = BigDecimal.ZERO;
        BigDecimal savings = BigDecimal.ZERO;
        BigDecimal exactNpv = BigDecimal.ZERO;
        for (int t = 0; t < factors.size(); t++) {
            BodyYear year = sum(scenario, new FinancialYear(first.startYear() + t), flows);
            years.add(year);
            investment = investment.add(year.investment());
            savings = savings.add(year.savings());
            exactNpv = exactNpv.add(year.net().multiply(factors.get(t), DiscountRate.PRECISION), DiscountRate.PRECISION);
        }
        return new BodyPosition(body, investment, savings, savings.subtract(investment), Pounds.toPenny(exactNpv),
                years);
    }

    /** The scenario's investment and savings of the flows in one year, added up exactly. */
    private static BodyYear sum(Scenario scenario, FinancialYear year, List<CashFlow> flows) {
        BigDecimal investment = BigDecimal.ZERO.setScale(Money.SCALE);
        BigDecimal savings = BigDecimal.ZERO.setScale(Money.SCALE);
        for (CashFlow flow : flows) {
            if (flow.year().equals(year)) {
                investment = investment.add(scenario.investment(flow.investment()));
                savings = savings.add(scenario.savings(flow.savings()));
            }
        }
        return new BodyYear(year, investment, savings, savings.subtract(investment));
    }

    /** Flows by body name, bodies in name order. */
    private static Map<String, List<CashFlow>> byBody(List<CashFlow> flows) {
        Map<String, List<CashFlow>> byBody = new TreeMap<>();
        for (CashFlow flow : flows) {
            byBody.computeIfAbsent(flow.body(), name -> new ArrayList<>()).add(flow);
        }
        return byBody;
    }
}
