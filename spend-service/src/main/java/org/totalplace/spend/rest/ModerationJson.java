package org.totalplace.spend.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.CofogFunctions;
import org.totalplace.spend.domain.MonthlyBreaks;
import org.totalplace.spend.domain.OutlierRule;
import org.totalplace.spend.domain.PartnerBodyMatch;
import org.totalplace.spend.domain.Quartiles;
import org.totalplace.spend.service.LedgerBreaks;
import org.totalplace.spend.service.PilotComparison;

/** Response bodies of moderation: missing bodies, monthly breaks, the comparison of pilots. */
final class ModerationJson {

    private ModerationJson() {
    }

    private static MoneyJson gbp(BigDecimal amount) {
        return new MoneyJson(amount.setScale(2).toPlainString(), "GBP");
    }

    /** Exact, with at least two decimal places and no trailing zeros beyond them: 96.00, 5.005, 10.0175. */
    static String exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    // --- missing bodies ----------------------------------------------------------------------------

    @Schema(name = "PartnerBodyRef")
    record PartnerBody(UUID bodyId, String name,
                       @Schema(examples = "PRIMARY_CARE_TRUST") String type,
                       @Schema(nullable = true, examples = "5KF") String code) {

        static PartnerBody of(PartnerBodyMatch.Expected body) {
            return new PartnerBody(body.bodyId(), body.name(), body.type(), body.code());
        }
    }

    @Schema(name = "SubmissionRef")
    record SubmissionRef(UUID submissionId, String body,
                         @Schema(enumeration = {"DRAFT", "SUBMITTED", "MODERATED", "ACCEPTED"}) String state) {

        static SubmissionRef of(PartnerBodyMatch.Offered offered) {
            return new SubmissionRef(offered.submissionId(), offered.body(), offered.state());
        }
    }

    @Schema(name = "PresentBody")
    record Present(PartnerBody body, List<SubmissionRef> submissions) {
    }

    @Schema(name = "MissingBodies", description = "A pilot's partner bodies for a year, with and without a submission")
    record MissingBodies(
            UUID pilotId,
            String pilotCode,
            @Schema(examples = "2009-10") String financialYear,
            @Schema(description = "How a submission is matched to a partner body") String matching,
            @Schema(description = "Partner bodies in the partnership for at least one day of the year") int expected,
            @Schema(description = "Expected bodies with no submission for the year, in any state") List<PartnerBody> missing,
            List<Present> present,
            @Schema(description = "Submissions of the pilot and year that match no partner body")
            List<SubmissionRef> unmatchedSubmissions) {

        static MissingBodies of(org.totalplace.spend.service.MissingBodies.Report report) {
            PartnerBodyMatch.Result match = report.match();
            return new MissingBodies(report.pilot().pilotId(), report.pilot().code(), report.year().toString(),
                    PartnerBodyMatch.RULE, match.present().size() + match.missing().size(),
                    match.missing().stream().map(PartnerBody::of).toList(),
                    match.present().stream().map(p -> new Present(PartnerBody.of(p.body()),
                            p.submissions().stream().map(SubmissionRef::of).toList())).toList(),
                    match.unmatched().stream().map(SubmissionRef::of).toList());
        }
    }

    // --- breaks ------------------------------------------------------------------------------------

    @Schema(name = "MonthTotal")
    record Month(
            @Schema(examples = "2010-12") String month,
            MoneyJson total,
            long lines,
            @Schema(nullable = true, description = "total ÷ median, 4 decimal places; null when not assessed",
                    examples = "0.8123") String ratioToMedian,
            @Schema(nullable = true, enumeration = {"above", "below"},
                    description = "above: more than factor × median; below: less than median ÷ factor")
            String breakDirection) {

        static Month of(MonthlyBreaks.MonthTotal month) {
            return new Month(month.month().toString(), gbp(month.total()), month.lines(),
                    month.ratioToMedian() == null ? null : month.ratioToMedian().toPlainString(),
                    month.breakDirection() == null ? null : month.breakDirection().name().toLowerCase());
        }
    }

    @Schema(name = "YearEndAdjustmentLines", description = "Lines of period 13 (year-end adjustments), not assessed")
    record YearEnd(@Schema(examples = "2010-11") String financialYear, MoneyJson total, long lines) {
    }

    @Schema(name = "BodyBreaks")
    record BodyBreaks(
            String body,
            @Schema(nullable = true, description = "Median of the monthly totals of the months with lines, £, exact "
                    + "(the mean of the middle two may have a third decimal place)", examples = "1012345.67")
            String median,
            @Schema(nullable = true, description = "Why the months were not assessed") String notAssessed,
            List<Month> months,
            @Schema(description = "The months flagged as breaks") List<Month> breaks,
            List<YearEnd> yearEndAdjustments,
            @Schema(description = "Lines with neither a YYYYPP period nor a payment date") MoneyJson undatedTotal,
            long undatedLines) {

        static BodyBreaks of(LedgerBreaks.BodyBreaks body) {
            List<Month> months = body.result().months().stream().map(Month::of).toList();
            BigDecimal median = body.result().median();
            return new BodyBreaks(body.body(), median == null ? null : median.toPlainString(),
                    body.result().notAssessed(), months,
                    months.stream().filter(m -> m.breakDirection() != null).toList(),
                    body.yearEnd().stream().map(y -> new YearEnd(y.year().toString(), gbp(y.total()), y.lines()))
                            .toList(),
                    gbp(body.undatedTotal()), body.undatedLines());
        }
    }

    @Schema(name = "Breaks", description = "Sudden month-on-month breaks, with the method and thresholds used")
    record Breaks(
            @Schema(description = "How months are formed and breaks decided") String method,
            @Schema(examples = "3") String factor,
            @Schema(examples = "3") int minMonths,
            @Schema(nullable = true) UUID submissionId,
            @Schema(nullable = true) UUID pilotId,
            @Schema(nullable = true, examples = "2010-11") String financialYear,
            List<BodyBreaks> bodies) {
    }

    // --- comparison --------------------------------------------------------------------------------

    @Schema(name = "PilotPerCapita")
    record PilotFigure(
            UUID pilotId,
            @Schema(nullable = true, description = "null when pilots-service has not announced the pilot") String code,
            @Schema(nullable = true) String name,
            @Schema(description = "Sum of the counted figures (treatment counted)") MoneyJson total,
            @Schema(nullable = true) Long population,
            @Schema(nullable = true, description = "total ÷ population, half-even to the penny") MoneyJson perCapita,
            boolean comparable,
            @Schema(nullable = true, description = "Why no per-capita figure") String whyNotComparable,
            @Schema(nullable = true, enumeration = {"high", "low"},
                    description = "high: above the upper fence; low: below the lower fence") String outlier) {

        static PilotFigure of(PilotComparison.PilotFigure f) {
            return new PilotFigure(f.pilotId(), f.code(), f.name(), gbp(f.total()), f.population(),
                    f.perCapita() == null ? null : gbp(f.perCapita()), f.perCapita() != null, f.whyNotComparable(),
                    f.outlier() == null ? null : f.outlier().name().toLowerCase());
        }
    }

    @Schema(name = "FunctionComparison")
    record FunctionComparison(
            @Schema(examples = "10") String function,
            @Schema(nullable = true, examples = "Social protection") String name,
            List<PilotFigure> pilots,
            @Schema(nullable = true, description = "Exact decimal, £ per person") String q1,
            @Schema(nullable = true) String q3,
            @Schema(nullable = true) String iqr,
            @Schema(nullable = true, description = "Q1 − multiplier × IQR") String lowerFence,
            @Schema(nullable = true, description = "Q3 + multiplier × IQR") String upperFence,
            @Schema(nullable = true) String whyNoFences) {

        static FunctionComparison of(PilotComparison.FunctionComparison c) {
            OutlierRule.Fences f = c.fences();
            return new FunctionComparison(c.function(), CofogFunctions.name(c.function()).orElse(null),
                    c.pilots().stream().map(PilotFigure::of).toList(),
                    f == null ? null : exact(f.quartiles().q1()),
                    f == null ? null : exact(f.quartiles().q3()),
                    f == null ? null : exact(f.iqr()),
                    f == null ? null : exact(f.lower()),
                    f == null ? null : exact(f.upper()),
                    c.whyNoFences());
        }
    }

    @Schema(name = "Comparison", description = "Per-capita spend by function across pilots, with outliers flagged")
    record Comparison(
            @Schema(examples = "2009-10") String financialYear,
            int ruleVersion,
            @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String ruleSetStatus,
            @Schema(examples = "top-down") String method,
            @Schema(description = "1: COFOG level 1 ('10'); 2: level 2 ('10.2')") int level,
            @Schema(description = "How Q1 and Q3 are computed") String quantileMethod,
            @Schema(description = "How outliers are decided") String outlierMethod,
            @Schema(examples = "1.5") String multiplier,
            int minPilots,
            List<FunctionComparison> functions) {

        static Comparison of(PilotComparison.Comparison c) {
            PilotComparison.Query q = c.query();
            return new Comparison(q.year().toString(), q.ruleVersion(), c.ruleSetStatus(), q.method(), q.level(),
                    Quartiles.METHOD, "Tukey's fences: an outlier is a per-capita figure below Q1 − multiplier × IQR "
                    + "(low) or above Q3 + multiplier × IQR (high); a figure on a fence is not an outlier. Pilots "
                    + "without a population are listed, not compared.",
                    q.multiplier().toPlainString(), q.minPilots(),
                    c.functions().stream().map(FunctionComparison::of).toList());
        }
    }

    static Breaks breaks(UUID submissionId, UUID pilotId, String year, BigDecimal factor, int minMonths,
                         List<LedgerBreaks.BodyBreaks> bodies) {
        return new Breaks(MonthlyBreaks.METHOD, factor.toPlainString(), minMonths, submissionId, pilotId, year,
                bodies.stream().map(BodyBreaks::of).toList());
    }
}
