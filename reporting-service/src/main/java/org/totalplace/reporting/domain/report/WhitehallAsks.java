package org.totalplace.reporting.domain.report;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.totalplace.reporting.domain.state.BarrierState;
import org.totalplace.reporting.domain.state.DecisionState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/**
 * The changes a pilot asked Whitehall for: its barriers that reached the officials' group or the ministerial group
 * (now or at any step of their escalation), with the decisions recorded on them.
 */
public final class WhitehallAsks {

    public static final Set<String> WHITEHALL_TIERS = Set.of("OFFICIALS_GROUP", "MINISTERIAL_GROUP");

    private WhitehallAsks() {
    }

    public static boolean reachedWhitehall(BarrierState barrier) {
        return WHITEHALL_TIERS.contains(barrier.tier()) || WHITEHALL_TIERS.contains(barrier.raisedTier())
                || barrier.escalations().stream().anyMatch(e -> WHITEHALL_TIERS.contains(e.toTier()));
    }

    public static List<BarrierState> of(ProgrammeState state, UUID pilotId) {
        return state.barriers().stream()
                .filter(b -> pilotId.equals(b.pilotId()) && reachedWhitehall(b))
                .sorted(Comparator.comparing(BarrierState::raisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(BarrierState::barrierId))
                .toList();
    }

    public static BudgetReport.WhitehallChange change(ProgrammeState state, BarrierState barrier) {
        List<BudgetReport.Decision> decisions = state.decisions().stream()
                .filter(d -> barrier.barrierId().equals(d.barrierId())
                        || (barrier.decisionId() != null && barrier.decisionId().equals(d.decisionId())))
                .sorted(Comparator.comparing(DecisionState::recordedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> new BudgetReport.Decision(d.decisionId(), d.meetingDate(), d.text()))
                .toList();
        return new BudgetReport.WhitehallChange(barrier.barrierId(), barrier.title(), barrier.category(),
                barrier.owningDepartment(), barrier.tier(), barrier.status(), barrier.decision(),
                barrier.whitehallChange(), decisions, barrier.raisedAt(), barrier.closedAt());
    }
}
