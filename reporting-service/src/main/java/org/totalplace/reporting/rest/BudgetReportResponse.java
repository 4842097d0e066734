package org.totalplace.reporting.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.report.BudgetDocument;
import org.totalplace.reporting.domain.report.BudgetReport;

@Schema(name = "BudgetReport", description = "Pilots' final reports to the Budget (due 5 February 2010): per pilot "
        + "the count, financial implications, Whitehall changes and submission; then programme totals")
public record BudgetReportResponse(
        @Schema(description = "The report shows the events up to this instant") Instant asOf,
        @Schema(examples = "2009-10") String financialYear,
        @Schema(description = "Counting rules version compared; null when no pilot has a count of the year") Integer ruleVersion,
        @Schema(examples = "BUDGET-2010") String reportingPoint,
        @Schema(description = "Pilots by code") List<Pilot> pilots,
        @Schema(description = "One entry per currency counted (normally GBP only)") List<Total> totals) {

    public static BudgetReportResponse of(BudgetReport r) {
        return new BudgetReportResponse(r.asOf(), r.financialYear(), r.ruleVersion(), r.reportingPoint(),
                r.pilots().stream().map(Pilot::of).toList(),
                r.totals().stream().map(t -> Total.of(t, BudgetDocument.summary(t, r.financialYear()))).toList());
    }

    @Schema(name = "BudgetReportPilot")
    public record Pilot(UUID pilotId, String code, String name, String region,
                        @Schema(description = "Null when the pilot has no count of the year under the rule version") Count count,
                        List<Implication> financialImplications, List<WhitehallChange> whitehallChanges,
                        @Schema(description = "Null when the pilot has not started one") Submission submission) {

        static Pilot of(BudgetReport.PilotBudget p) {
            return new Pilot(p.pilotId(), p.code(), p.name(), p.region(), p.count() == null ? null : Count.of(p.count()),
                    p.implications().stream().map(Implication::of).toList(),
                    p.whitehallChanges().stream().map(WhitehallChange::of).toList(),
                    p.submission() == null ? null : Submission.of(p.submission()));
        }
    }

    @Schema(name = "BudgetReportCount")
    public record Count(int ruleVersion, String ruleSetName, Long population, MoneyResponse topDown,
                        MoneyResponse bottomUp, MoneyResponse topDownPerCapita, MoneyResponse bottomUpPerCapita,
                        List<FunctionLine> functions,
                        @Schema(description = "Least advanced of the bodies' submissions: DRAFT, SUBMITTED, MODERATED, "
                                + "ACCEPTED, or NONE") String moderationState,
                        List<BodyState> bodies, Instant countedAt) {

        static Count of(BudgetReport.Count c) {
            String cur = c.currency();
            return new Count(c.ruleVersion(), c.ruleSetName(), c.population(), MoneyResponse.of(c.topDown(), cur),
                    MoneyResponse.of(c.bottomUp(), cur), MoneyResponse.of(c.topDownPerCapita(), cur),
                    MoneyResponse.of(c.bottomUpPerCapita(), cur),
                    c.functions().stream().map(f -> new FunctionLine(f.functionL1(), f.functionName(),
                            MoneyResponse.of(f.topDown(), cur), MoneyResponse.of(f.bottomUp(), cur),
                            MoneyResponse.of(f.topDownPerCapita(), cur), MoneyResponse.of(f.bottomUpPerCapita(), cur))).toList(),
                    c.moderationState(),
                    c.bodies().stream().map(b -> new BodyState(b.body(), b.state(), MoneyResponse.of(b.acceptedTotal(), cur))).toList(),
                    c.countedAt());
        }
    }

    @Schema(name = "BudgetReportFunction")
    public record FunctionLine(String functionL1, String functionName, MoneyResponse topDown, MoneyResponse bottomUp,
                               MoneyResponse topDownPerCapita, MoneyResponse bottomUpPerCapita) {
    }

    @Schema(name = "BudgetReportBodyState")
    public record BodyState(String body, String state, MoneyResponse acceptedTotal) {
    }

    @Schema(name = "BudgetReportImplication", description = "A redesign proposal's figures, central with low and high")
    public record Implication(UUID proposalId, String title, String theme, String discountRate, String firstYear,
                              String lastYear, Scenario low, Scenario central, Scenario high,
                              List<BodyPosition> bodies) {

        static Implication of(BudgetReport.Implication i) {
            return new Implication(i.proposalId(), i.title(), i.theme(),
                    i.discountRate() == null ? null : i.discountRate().toPlainString(), i.firstYear(), i.lastYear(),
                    Scenario.of(i.low()), Scenario.of(i.central()), Scenario.of(i.high()),
                    i.bodies().stream().map(b -> new BodyPosition(b.body(), MoneyResponse.of(b.lowNet(), "GBP"),
                            MoneyResponse.of(b.centralNet(), "GBP"), MoneyResponse.of(b.highNet(), "GBP"))).toList());
        }
    }

    @Schema(name = "BudgetReportScenario")
    public record Scenario(MoneyResponse investment, MoneyResponse savings, MoneyResponse net, MoneyResponse npv,
                           @Schema(description = "Financial year it pays back in; null if it does not") String paybackYear,
                           String paybackReason) {

        static Scenario of(BudgetReport.Scenario s) {
            return s == null ? null : new Scenario(MoneyResponse.of(s.investment(), "GBP"),
                    MoneyResponse.of(s.savings(), "GBP"), MoneyResponse.of(s.net(), "GBP"),
                    MoneyResponse.of(s.npv(), "GBP"), s.paybackYear(), s.paybackReason());
        }
    }

    @Schema(name = "BudgetReportBodyPosition", description = "A body's net position (savings less investment)")
    public record BodyPosition(String body, MoneyResponse low, MoneyResponse central, MoneyResponse high) {
    }

    @Schema(name = "BudgetReportWhitehallChange", description = "A barrier escalated to the officials' group or ministers")
    public record WhitehallChange(UUID barrierId, String title, String category, String owningDepartment,
                                  String tier, String status, String decision, String whitehallChange,
                                  List<Decision> decisions, Instant raisedAt, Instant closedAt) {

        static WhitehallChange of(BudgetReport.WhitehallChange w) {
            return new WhitehallChange(w.barrierId(), w.title(), w.category(), w.owningDepartment(), w.tier(),
                    w.status(), w.decision(), w.whitehallChange(),
                    w.decisions().stream().map(d -> new Decision(d.decisionId(), d.meetingDate(), d.text())).toList(),
                    w.raisedAt(), w.closedAt());
        }
    }

    @Schema(name = "BudgetReportDecision")
    public record Decision(UUID decisionId, LocalDate meetingDate, String text) {
    }

    @Schema(name = "BudgetReportSubmission")
    public record Submission(UUID submissionId, String reportingPoint, String state, String reason, Instant at,
                             Map<String, String> sections) {

        static Submission of(BudgetReport.Submission s) {
            return new Submission(s.submissionId(), s.reportingPoint(), s.state(), s.reason(), s.at(), s.sections());
        }
    }

    @Schema(name = "BudgetReportTotal", description = "Programme totals in one currency")
    public record Total(String currency, int pilotsCounted, MoneyResponse topDown, MoneyResponse bottomUp,
                        long population, Extreme smallestTotal, Extreme largestTotal, Extreme lowestPerCapita,
                        Extreme highestPerCapita,
                        @Schema(description = "The seeds' one-line summary") String summary) {

        static Total of(BudgetReport.ProgrammeTotal t, String summary) {
            return new Total(t.currency(), t.pilotsCounted(), MoneyResponse.of(t.topDown(), t.currency()),
                    MoneyResponse.of(t.bottomUp(), t.currency()), t.population(), Extreme.of(t.smallestTotal(), t.currency()),
                    Extreme.of(t.largestTotal(), t.currency()), Extreme.of(t.lowestPerCapita(), t.currency()),
                    Extreme.of(t.highestPerCapita(), t.currency()), summary);
        }
    }

    @Schema(name = "BudgetReportExtreme", description = "A value and every pilot that has it")
    public record Extreme(MoneyResponse value, List<String> pilots) {

        static Extreme of(BudgetReport.Extreme e, String currency) {
            return e == null ? null : new Extreme(MoneyResponse.of(e.value(), currency), e.pilots());
        }
    }
}
