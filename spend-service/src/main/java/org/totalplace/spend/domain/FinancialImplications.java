package org.totalplace.spend.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The financial implications of a redesign proposal, as the Budget report carries them: for each sensitivity case
 * (low, central, high) the net position per body and per year, the programme's cumulative net, payback year and
 * NPV, all at the stated discount rate and price basis. Computed from the proposal on every read; never stored,
 * never part of the count.
 */
public record FinancialImplications(DiscountRate discountRate, PriceBasis priceBasis, FinancialYear firstYear,
                                    FinancialYear lastYear, Map<Scenario, ScenarioOutcome> scenarios) {

    /** How the figures are discounted, stated on every result. */
    public static final String CONVENTION = "NPV = Σ net_t / (1 + r)^t, t = whole years after the first year; the "
            + "first year (t = 0) is not discounted and each later year's flows count one whole year later "
            + "(HM Treasury Green Book). Payback is undiscounted. Money rounded half-even to the penny once, at the end.";

    public FinancialImplications {
        scenarios = Map.copyOf(scenarios);
    }

    /** Appraises flows that {@link ProposalRules} accepted. */
    public static FinancialImplications of(ProposalTerms terms, List<CashFlow> flows) {
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("a proposal without flows has no implications");
        }
        FinancialYear last = flows.stream().map(CashFlow::year).max(FinancialYear::compareTo).orElseThrow();
        Map<Scenario, ScenarioOutcome> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            scenarios.put(scenario, ScenarioOutcome.appraise(scenario, terms.discountRate(), terms.firstYear(), last,
                    flows));
        }
        return new FinancialImplications(terms.discountRate(), terms.priceBasis(), terms.firstYear(), last, scenarios);
    }

    public ScenarioOutcome scenario(Scenario scenario) {
        return scenarios.get(scenario);
    }
}
