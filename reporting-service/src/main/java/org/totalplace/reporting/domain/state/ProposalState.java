package org.totalplace.reporting.domain.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A redesign proposal's financial implications as spend-service last announced them: per scenario (low, central,
 * high) the totals, NPV at {@code discountRate}, payback and each body's net position (who invests, who benefits).
 */
public record ProposalState(UUID proposalId, UUID pilotId, String title, String theme, boolean withdrawn,
                            BigDecimal discountRate, String firstYear, String lastYear,
                            Map<String, Outcome> scenarios, Instant at) {

    public ProposalState {
        scenarios = Map.copyOf(scenarios);
    }

    /** Payback year null when the proposal does not pay back in its years ({@code paybackReason} says why). */
    public record Outcome(BigDecimal totalInvestment, BigDecimal totalSavings, BigDecimal net, BigDecimal npv,
                          String paybackYear, String paybackReason, List<BodyNet> bodies) {

        public Outcome {
            bodies = List.copyOf(bodies);
        }
    }

    public record BodyNet(String body, BigDecimal investment, BigDecimal savings, BigDecimal net) {
    }
}
