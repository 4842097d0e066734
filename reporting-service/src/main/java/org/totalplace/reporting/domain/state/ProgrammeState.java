package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.PilotScope;
import org.totalplace.reporting.domain.Place;

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

    /**
     * The part of the state {@code scope} may see: its pilots and every row about one of them; a decision when it
     * decides a barrier of one of them; an expression of interest of its region or pilots. A row about a pilot the
     * state does not know lies in no scope but the whole programme's. Decisions that decide no barrier are a group's
     * business, not a pilot's: only a caller who sees every pilot sees them.
     */
    public ProgrammeState within(PilotScope scope) {
        if (scope.everything()) {
            return this;
        }
        Map<UUID, PilotState> byId = pilots.stream().collect(Collectors.toMap(PilotState::pilotId, Function.identity(),
                (first, second) -> first));
        Set<UUID> visible = pilots.stream().filter(pilot -> scope.includes(Place.pilot(pilot.code(), pilot.region())))
                .map(PilotState::pilotId).collect(Collectors.toSet());
        List<BarrierState> visibleBarriers = only(barriers, barrier -> visible.contains(barrier.pilotId()));
        Set<UUID> barrierIds = visibleBarriers.stream().map(BarrierState::barrierId).collect(Collectors.toSet());
        return new ProgrammeState(asOf,
                only(pilots, pilot -> visible.contains(pilot.pilotId())),
                only(counts, count -> visible.contains(count.pilotId())),
                visibleBarriers,
                only(decisions, decision -> decision.barrierId() != null && barrierIds.contains(decision.barrierId())),
                only(submissions, submission -> visible.contains(submission.pilotId())),
                only(bodySubmissions, submission -> visible.contains(submission.pilotId())),
                only(milestones, milestone -> visible.contains(milestone.pilotId())),
                only(expressions, expression -> scope.includes(new Place(
                        Optional.ofNullable(expression.pilotId()).map(byId::get).map(PilotState::code),
                        Optional.ofNullable(expression.region())))),
                only(proposals, proposal -> visible.contains(proposal.pilotId())),
                only(adjustments, adjustment -> visible.contains(adjustment.pilotId())));
    }

    private static <T> List<T> only(List<T> rows, Predicate<T> visible) {
        return rows.stream().filter(visible).toList();
    }

    public Optional<PilotState> pilot(UUID pilotId) {
        return pilots.stream().filter(pilot -> pilot.pilotId().equals(pilotId)).findFirst();
    }
}
