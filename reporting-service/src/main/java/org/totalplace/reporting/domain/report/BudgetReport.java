package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Budget report (pilots' final reports, due 5 February 2010): per pilot its count, the financial implications
 * of its redesign proposals, the Whitehall changes it asked for and its Budget submission; then programme totals.
 */
public record BudgetReport(Instant asOf, String financialYear, Integer ruleVersion, String reportingPoint,
                           List<PilotBudget> pilots, List<ProgrammeTotal> totals) {

    public BudgetReport {
        pilots = List.copyOf(pilots);
        totals = List.copyOf(totals);
    }

    public record PilotBudget(UUID pilotId, String code, String name, String region, Count count,
                              List<Implication> implications, List<WhitehallChange> whitehallChanges,
                              Submission submission) {

        public PilotBudget {
            implications = List.copyOf(implications);
            whitehallChanges = List.copyOf(whitehallChanges);
        }
    }

    /** {@code moderationState}: the least advanced of its bodies' submissions (NONE without any). */
    public record Count(int ruleVersion, String ruleSetName, Long population, String currency, BigDecimal topDown,
                        BigDecimal bottomUp, BigDecimal topDownPerCapita, BigDecimal bottomUpPerCapita,
                        List<FunctionLine> functions, String moderationState, List<BodyState> bodies,
                        Instant countedAt) {

        public Count {
            functions = List.copyOf(functions);
            bodies = List.copyOf(bodies);
        }
    }

    public record FunctionLine(String functionL1, String functionName, BigDecimal topDown, BigDecimal bottomUp,
                               BigDecimal topDownPerCapita, BigDecimal bottomUpPerCapita) {
    }

    public record BodyState(String body, String state, BigDecimal acceptedTotal) {
    }

    /** A redesign proposal's figures per scenario (null where spend-service gave no such scenario). */
    public record Implication(UUID proposalId, String title, String theme, BigDecimal discountRate, String firstYear,
                              String lastYear, Scenario low, Scenario central, Scenario high,
                              List<BodyPosition> bodies) {

        public Implication {
            bodies = List.copyOf(bodies);
        }
    }

    public record Scenario(BigDecimal investment, BigDecimal savings, BigDecimal net, BigDecimal npv,
                           String paybackYear, String paybackReason) {
    }

    public record BodyPosition(String body, BigDecimal lowNet, BigDecimal centralNet, BigDecimal highNet) {
    }

    public record WhitehallChange(UUID barrierId, String title, String category, String owningDepartment,
                                  String tier, String status, String decision, String whitehallChange,
                                  List<Decision> decisions, Instant raisedAt, Instant closedAt) {

        public WhitehallChange {
            decisions = List.copyOf(decisions);
        }
    }

    public record Decision(UUID decisionId, java.time.LocalDate meetingDate, String text) {
    }

    public record Submission(UUID submissionId, String reportingPoint, String state, String reason, Instant at,
                             java.util.Map<String, String> sections) {

        public Submission {
            sections = java.util.Map.copyOf(sections);
        }
    }

    /**
     * Programme totals in one currency (never added across currencies), the seeds' "13 pilots mapped £82bn" line:
     * sums over counted pilots, and the range of totals and top-down per capita with the pilots at each end.
     */
    public record ProgrammeTotal(String currency, int pilotsCounted, BigDecimal topDown, BigDecimal bottomUp,
                                 long population, Extreme smallestTotal, Extreme largestTotal,
                                 Extreme lowestPerCapita, Extreme highestPerCapita) {
    }

    /** A value and every pilot holding it (ties are all named, as in "£8,800 (Bradford, Lewisham)"). */
    public record Extreme(BigDecimal value, List<String> pilots) {

        public Extreme {
            pilots = List.copyOf(pilots);
        }
    }
}
