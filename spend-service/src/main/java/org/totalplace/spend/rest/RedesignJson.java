package org.totalplace.spend.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.AmountRange;
import org.totalplace.spend.domain.BodyPosition;
import org.totalplace.spend.domain.BodyYear;
import org.totalplace.spend.domain.CashFlow;
import org.totalplace.spend.domain.DiscountRate;
import org.totalplace.spend.domain.FinancialImplications;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.Money;
import org.totalplace.spend.domain.ProposalRules;
import org.totalplace.spend.domain.ProposalTerms;
import org.totalplace.spend.domain.RedesignProposal;
import org.totalplace.spend.domain.Scenario;
import org.totalplace.spend.domain.ScenarioOutcome;
import org.totalplace.spend.domain.YearPosition;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.Violation;

/** Redesign proposals and their financial implications as JSON. */
final class RedesignJson {

    /** Decimal places a discount factor is shown with (it is computed at 34 significant digits). */
    static final int FACTOR_SCALE = 10;
    static final String CURRENCY = "GBP";

    private RedesignJson() {
    }

    @Schema(name = "AmountRange", description = "Low, central and high estimates, GBP, in real terms; "
            + "each not negative, low ≤ central ≤ high")
    record Range(
            @Schema(required = true) @NotNull @Valid MoneyJson low,
            @Schema(required = true) @NotNull @Valid MoneyJson central,
            @Schema(required = true) @NotNull @Valid MoneyJson high) {

        static Range of(AmountRange range) {
            return new Range(gbp(range.low()), gbp(range.central()), gbp(range.high()));
        }
    }

    @Schema(name = "RedesignFlow", description = "One body's investment (cost) and savings (benefit) in one year")
    record Flow(
            @Schema(required = true, example = "Gateshead Council")
            @NotBlank @Size(max = 200) String body,
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2010-11")
            @NotNull @FinancialYearText String financialYear,
            @Schema(description = "What the body puts in; omitted means nothing") @Valid Range investment,
            @Schema(description = "What the body gets back; omitted means nothing") @Valid Range savings) {

        static Flow of(CashFlow flow) {
            return new Flow(flow.body(), flow.year().toString(), Range.of(flow.investment()),
                    Range.of(flow.savings()));
        }
    }

    @Schema(name = "RedesignProposalRequest")
    record ProposalRequest(
            @Schema(required = true, example = "Early help for families with complex needs")
            @NotBlank @Size(max = ProposalTerms.MAX_TITLE_LENGTH) String title,
            @Schema(nullable = true, example = "From repair to prevention")
            @Size(max = ProposalTerms.MAX_THEME_LENGTH) String theme,
            @Schema(nullable = true) @Size(max = ProposalTerms.MAX_DESCRIPTION_LENGTH) String description,
            @Schema(type = SchemaType.STRING, nullable = true, example = "0.035",
                    description = "Real annual rate from 0 to 1, at most 6 decimal places; omitted means the Green "
                            + "Book's 0.035")
            @DiscountRateText String discountRate,
            @Schema(required = true, description = "Must be real, with the base year of the prices")
            @NotNull @Valid PriceBasisJson priceBasis,
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2010-11",
                    description = "Year 0: not discounted; no flow may be earlier")
            @NotNull @FinancialYearText String firstYear,
            @Schema(required = true) @NotNull @Size(max = ProposalRules.MAX_FLOWS) List<@NotNull @Valid Flow> flows) {

        ProposalTerms terms() {
            DiscountRate rate = discountRate == null ? DiscountRate.GREEN_BOOK : DiscountRate.parse(discountRate);
            return new ProposalTerms(title, theme, description, rate, priceBasis.toPriceBasis(),
                    FinancialYear.parse(firstYear));
        }

        /** The flows, refusing any money not in pounds (400 naming it). */
        List<CashFlow> cashFlows() {
            List<Violation> violations = new ArrayList<>();
            List<CashFlow> cashFlows = new ArrayList<>();
            for (int i = 0; i < flows.size(); i++) {
                Flow flow = flows.get(i);
                String at = "flows[" + i + "].";
                cashFlows.add(new CashFlow(flow.body().strip(), FinancialYear.parse(flow.financialYear()),
                        range(flow.investment(), at + "investment", violations),
                        range(flow.savings(), at + "savings", violations)));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations.get(0).field() + " " + violations.get(0).message(),
                        violations);
            }
            return cashFlows;
        }

        private static AmountRange range(Range range, String at, List<Violation> violations) {
            if (range == null) {
                return AmountRange.NONE;
            }
            return new AmountRange(pounds(range.low(), at + ".low", violations),
                    pounds(range.central(), at + ".central", violations),
                    pounds(range.high(), at + ".high", violations));
        }

        private static BigDecimal pounds(MoneyJson money, String at, List<Violation> violations) {
            if (!CURRENCY.equals(money.currency())) {
                violations.add(new Violation(at + ".currency", "must be GBP: a proposal is appraised in pounds"));
            }
            return Money.parseAmount(money.amount());
        }
    }

    @Schema(name = "WithdrawRedesignProposal")
    record WithdrawRequest(
            @Schema(required = true, example = "Superseded by the joint commissioning proposal")
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "RedesignProposal")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Proposal(
            UUID id,
            UUID pilotId,
            String title,
            @Schema(nullable = true) String theme,
            @Schema(nullable = true) String description,
            @Schema(example = "0.035") String discountRate,
            PriceBasisJson priceBasis,
            @Schema(example = "2010-11") String firstYear,
            List<Flow> flows,
            boolean withdrawn,
            @Schema(nullable = true) Instant withdrawnAt,
            @Schema(nullable = true) String withdrawnReason,
            @Schema(description = "Also the ETag") long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Computed from the flows on every read; never part of the count")
            Implications implications) {

        static Proposal of(RedesignProposal proposal) {
            ProposalTerms terms = proposal.terms();
            return new Proposal(proposal.id(), proposal.pilotId(), terms.title(), terms.theme(), terms.description(),
                    terms.discountRate().text(), PriceBasisJson.of(terms.priceBasis()), terms.firstYear().toString(),
                    proposal.cashFlows().stream().map(Flow::of).toList(), proposal.withdrawn(),
                    proposal.withdrawnAt(), proposal.withdrawnReason(), proposal.version(), proposal.createdAt(),
                    proposal.updatedAt(), Implications.of(proposal.implications()));
        }
    }

    @Schema(name = "RedesignImplications")
    record Implications(
            @Schema(description = "The real annual rate every NPV here uses", example = "0.035") String discountRate,
            PriceBasisJson priceBasis,
            @Schema(example = "2010-11") String firstYear,
            @Schema(example = "2012-13") String lastYear,
            @Schema(description = "How the figures are discounted and rounded") String convention,
            @Schema(description = "What low, central and high mean") String scenarios,
            ScenarioResult low,
            ScenarioResult central,
            ScenarioResult high) {

        static final String SCENARIO_MEANING = "low: low savings with high investment (least favourable); central: "
                + "central estimates; high: high savings with low investment (most favourable)";

        static Implications of(FinancialImplications implications) {
            return new Implications(implications.discountRate().text(), PriceBasisJson.of(implications.priceBasis()),
                    implications.firstYear().toString(), implications.lastYear().toString(),
                    FinancialImplications.CONVENTION, SCENARIO_MEANING,
                    ScenarioResult.of(implications.scenario(Scenario.LOW)),
                    ScenarioResult.of(implications.scenario(Scenario.CENTRAL)),
                    ScenarioResult.of(implications.scenario(Scenario.HIGH)));
        }
    }

    @Schema(name = "RedesignScenario")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScenarioResult(
            MoneyJson totalInvestment,
            MoneyJson totalSavings,
            @Schema(description = "Savings − investment, undiscounted") MoneyJson net,
            @Schema(description = "Net present value at the discount rate, first year undiscounted") MoneyJson npv,
            Payback payback,
            @Schema(description = "Every body together, each year from the first to the last") List<Year> years,
            @Schema(description = "Each body's net position, by name") List<Body> bodies,
            @Schema(description = "Bodies that put in more than they get back: the wrong pocket")
            List<String> bodiesOutOfPocket) {

        static ScenarioResult of(ScenarioOutcome outcome) {
            return new ScenarioResult(gbp(outcome.totalInvestment()), gbp(outcome.totalSavings()), gbp(outcome.net()),
                    gbp(outcome.npv()), Payback.of(outcome.payback()),
                    outcome.years().stream().map(Year::of).toList(),
                    outcome.bodies().stream().map(Body::of).toList(),
                    outcome.bodiesOutOfPocket().stream().map(BodyPosition::body).toList());
        }
    }

    @Schema(name = "RedesignPayback")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Payback(
            @Schema(nullable = true, description = "First year whose cumulative net is ≥ 0", example = "2012-13")
            String financialYear,
            @Schema(nullable = true, description = "Why there is no payback year") String reason) {

        static Payback of(org.totalplace.spend.domain.Payback payback) {
            return new Payback(payback.paysBack() ? payback.year().toString() : null, payback.reason());
        }
    }

    @Schema(name = "RedesignYear")
    record Year(
            String financialYear,
            @Schema(description = "t in 1/(1+r)^t") int yearsAfterFirst,
            @Schema(description = "1/(1+r)^t shown to 10 decimal places (computed to 34 significant digits)",
                    example = "0.9661835749") String discountFactor,
            MoneyJson investment,
            MoneyJson savings,
            MoneyJson net,
            MoneyJson cumulativeNet,
            @Schema(description = "net × factor, to the penny (the NPV adds the unrounded values)")
            MoneyJson presentValue) {

        static Year of(YearPosition year) {
            return new Year(year.year().toString(), year.yearsAfterFirst(),
                    year.discountFactor().setScale(FACTOR_SCALE, RoundingMode.HALF_EVEN).toPlainString(),
                    gbp(year.investment()), gbp(year.savings()), gbp(year.net()), gbp(year.cumulativeNet()),
                    gbp(year.presentValue()));
        }
    }

    @Schema(name = "RedesignBodyPosition")
    record Body(
            String body,
            MoneyJson investment,
            MoneyJson savings,
            MoneyJson net,
            MoneyJson npv,
            boolean investsMoreThanItGetsBack,
            List<BodyYearNet> years) {

        static Body of(BodyPosition body) {
            return new Body(body.body(), gbp(body.investment()), gbp(body.savings()), gbp(body.net()),
                    gbp(body.npv()), body.investsMoreThanItGetsBack(),
                    body.years().stream().map(BodyYearNet::of).toList());
        }
    }

    @Schema(name = "RedesignBodyYear")
    record BodyYearNet(String financialYear, MoneyJson investment, MoneyJson savings, MoneyJson net) {

        static BodyYearNet of(BodyYear year) {
            return new BodyYearNet(year.year().toString(), gbp(year.investment()), gbp(year.savings()),
                    gbp(year.net()));
        }
    }

    static MoneyJson gbp(BigDecimal amount) {
        return new MoneyJson(amount.setScale(Money.SCALE).toPlainString(), CURRENCY);
    }
}
