package org.totalplace.spend.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.BodyPosition;
import org.totalplace.spend.domain.FinancialImplications;
import org.totalplace.spend.domain.RedesignProposal;
import org.totalplace.spend.domain.Scenario;
import org.totalplace.spend.domain.ScenarioOutcome;
import org.totalplace.spend.domain.YearPosition;

/**
 * {@code totalplace.spend.redesign-proposal-changed.v1}: a pilot's redesign proposal was proposed, revised or
 * withdrawn, with its financial implications as computed then (low, central and high), so that reporting-service
 * can carry them into the Budget report without recomputing. Keyed by the pilot id. Not part of the count.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RedesignProposalChanged(
        UUID proposalId,
        UUID pilotId,
        String change,
        String title,
        String theme,
        long version,
        boolean withdrawn,
        String discountRate,
        PriceBasis priceBasis,
        String firstYear,
        String lastYear,
        String convention,
        Scenarios scenarios) {

    public static final String TYPE = "totalplace.spend.redesign-proposal-changed.v1";

    /** What happened to the proposal. */
    public enum Change {
        PROPOSED, REVISED, WITHDRAWN;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record PriceBasis(String kind, String baseYear) {
    }

    public record Scenarios(Outcome low, Outcome central, Outcome high) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Payback(String financialYear, String reason) {
    }

    public record Outcome(SpendLineRecorded.Amount totalInvestment, SpendLineRecorded.Amount totalSavings,
                          SpendLineRecorded.Amount net, SpendLineRecorded.Amount npv, Payback payback,
                          List<Year> years, List<Body> bodies) {
    }

    public record Year(String financialYear, SpendLineRecorded.Amount net, SpendLineRecorded.Amount cumulativeNet) {
    }

    public record Body(String body, SpendLineRecorded.Amount investment, SpendLineRecorded.Amount savings,
                       SpendLineRecorded.Amount net, SpendLineRecorded.Amount npv, boolean investsMoreThanItGetsBack) {
    }

    public static RedesignProposalChanged of(RedesignProposal proposal, Change change) {
        var terms = proposal.terms();
        FinancialImplications implications = proposal.implications();
        return new RedesignProposalChanged(proposal.id(), proposal.pilotId(), change.wire(), terms.title(),
                terms.theme(), proposal.version(), proposal.withdrawn(), terms.discountRate().text(),
                new PriceBasis(terms.priceBasis().kind().wire(), terms.priceBasis().baseYear().toString()),
                implications.firstYear().toString(), implications.lastYear().toString(),
                FinancialImplications.CONVENTION,
                new Scenarios(outcome(implications.scenario(Scenario.LOW)),
                        outcome(implications.scenario(Scenario.CENTRAL)),
                        outcome(implications.scenario(Scenario.HIGH))));
    }

    private static Outcome outcome(ScenarioOutcome outcome) {
        var payback = outcome.payback();
        return new Outcome(gbp(outcome.totalInvestment()), gbp(outcome.totalSavings()), gbp(outcome.net()),
                gbp(outcome.npv()),
                new Payback(payback.paysBack() ? payback.year().toString() : null, payback.reason()),
                outcome.years().stream().map(RedesignProposalChanged::year).toList(),
                outcome.bodies().stream().map(RedesignProposalChanged::body).toList());
    }

    private static Year year(YearPosition year) {
        return new Year(year.year().toString(), gbp(year.net()), gbp(year.cumulativeNet()));
    }

    private static Body body(BodyPosition body) {
        return new Body(body.body(), gbp(body.investment()), gbp(body.savings()), gbp(body.net()), gbp(body.npv()),
                body.investsMoreThanItGetsBack());
    }

    private static SpendLineRecorded.Amount gbp(BigDecimal amount) {
        return new SpendLineRecorded.Amount(amount.toPlainString(), "GBP");
    }
}
