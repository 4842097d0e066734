package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The programme as the events received up to {@link #asOf()} (by event time) say it stood: the one input of every
 * report. Built only from events ({@code service/ProgrammeStates}), never by asking the other services. Lists are
 * in a stable order (pilots by code, the rest by time then id) so that the same events always give the same state.
 */
public record ProgrammeState(
        Instant asOf,
        List<PilotState> pilots,
        List<CountState> counts,
        List<BarrierState> barriers,
        List<DecisionState> decisions,
        List<ReportingSubmissionState> submissions,
        List<BodySubmissionState> bodySubmissions,
        List<MilestoneState> milestones,
        List<ExpressionOfInterestState> expressions,
        List<ProposalState> proposals,
        List<AdjustmentState> adjustments) {

    public ProgrammeState {
        pilots = List.copyOf(pilots);
        counts = List.copyOf(counts);
        barriers = List.copyOf(barriers);
        decisions = List.copyOf(decisions);
        submissions = List.copyOf(submissions);
        bodySubmissions = List.copyOf(bodySubmissions);
        milestones = List.copyOf(milestones);
        expressions = List.copyOf(expressions);
        proposals = List.copyOf(proposals);
        adjustments = List.copyOf(adjustments);
    }

    public static ProgrammeState empty(Instant asOf) {
        return new ProgrammeState(asOf, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    public Optional<PilotState> pilot(UUID pilotId) {
        return pilots.stream().filter(pilot -> pilot.pilotId().equals(pilotId)).findFirst();
    }
}
