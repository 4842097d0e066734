package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.reporting.domain.state.AdjustmentState;
import org.totalplace.reporting.domain.state.BarrierState;
import org.totalplace.reporting.domain.state.BodySubmissionState;
import org.totalplace.reporting.domain.state.CountState;
import org.totalplace.reporting.domain.state.DecisionState;
import org.totalplace.reporting.domain.state.ExpressionOfInterestState;
import org.totalplace.reporting.domain.state.MilestoneState;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;
import org.totalplace.reporting.domain.state.ProposalState;
import org.totalplace.reporting.domain.state.ReportingSubmissionState;

/** Hand-built programme states for report tests: add what a scenario needs, then {@link #at(Instant)}. */
public final class States {

    public final List<PilotState> pilots = new ArrayList<>();
    public final List<CountState> counts = new ArrayList<>();
    public final List<BarrierState> barriers = new ArrayList<>();
    public final List<DecisionState> decisions = new ArrayList<>();
    public final List<ReportingSubmissionState> submissions = new ArrayList<>();
    public final List<BodySubmissionState> bodySubmissions = new ArrayList<>();
    public final List<MilestoneState> milestones = new ArrayList<>();
    public final List<ExpressionOfInterestState> expressions = new ArrayList<>();
    public final List<ProposalState> proposals = new ArrayList<>();
    public final List<AdjustmentState> adjustments = new ArrayList<>();

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Instant t(String iso) {
        return iso.length() == 10 ? Instant.parse(iso + "T12:00:00Z") : Instant.parse(iso);
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public PilotState pilot(String code, String name, String region) {
        PilotState pilot = new PilotState(id(code), code, name, region, name, 1, 1);
        pilots.add(pilot);
        return pilot;
    }

    /** A count with a top-down and a bottom-up total; per capita = total / population to the penny (given). */
    public CountState count(String code, String year, int version, Long population, String topDown,
                            String topDownPerCapita, String bottomUp, String bottomUpPerCapita,
                            List<CountState.FunctionTotal> functions) {
        CountState count = new CountState(id(code), year, version, "rules v" + version, population, "GBP",
                List.of(new CountState.MethodTotal("top-down", d(topDown), per(topDownPerCapita), 10, BigDecimal.ZERO),
                        new CountState.MethodTotal("bottom-up", d(bottomUp), per(bottomUpPerCapita), 20, BigDecimal.ZERO)),
                functions, List.of(), t("2010-01-10"));
        counts.add(count);
        return count;
    }

    public static CountState.FunctionTotal function(String method, String code, String name, String amount,
                                                    String perCapita) {
        return new CountState.FunctionTotal(method, code, name, d(amount), per(perCapita));
    }

    private static BigDecimal per(String value) {
        return value == null ? null : d(value);
    }

    public BarrierState barrier(String name, String pilot, String tier, String status, List<BarrierState.Escalation> steps,
                                String decision, String change, String raisedAt, String closedAt) {
        BarrierState barrier = new BarrierState(id(name), id(pilot), name, "FUNDING", "DWP", "PILOT", tier, status,
                steps, decision, change, null, t(raisedAt), closedAt == null ? null : t(closedAt));
        barriers.add(barrier);
        return barrier;
    }

    public static BarrierState.Escalation step(String from, String to, String at) {
        return new BarrierState.Escalation(from, to, "needs " + to, false, t(at));
    }

    public DecisionState decision(String text, String barrier, String meetingDate, String recordedAt) {
        DecisionState decision = new DecisionState(id(text), id("officials"), id("meeting " + meetingDate),
                LocalDate.parse(meetingDate), barrier == null ? null : id(barrier), text, t(recordedAt));
        decisions.add(decision);
        return decision;
    }

    public ReportingSubmissionState submission(String pilot, String point, String state, String at,
                                               Map<String, String> sections) {
        ReportingSubmissionState submission = new ReportingSubmissionState(id(pilot + point), id(pilot), point, state,
                null, sections, t(at));
        submissions.add(submission);
        return submission;
    }

    public void bodySubmission(String pilot, String body, String year, String state) {
        bodySubmissions.add(new BodySubmissionState(id(pilot + body + year), id(pilot), body, year, state,
                null, "GBP", t("2010-01-05")));
    }

    public void milestone(String pilot, String title, String due, String status, String metOn, String at) {
        milestones.add(new MilestoneState(id(pilot + title), id(pilot), title, 1, LocalDate.parse(due), status,
                metOn == null ? null : LocalDate.parse(metOn), t(at)));
    }

    public void expression(String place, String status, String receivedOn, String at) {
        expressions.add(new ExpressionOfInterestState(id(place), place, place + " Council", "London", status, null,
                LocalDate.parse(receivedOn), t(at)));
    }

    public ProposalState proposal(String pilot, String title, Map<String, ProposalState.Outcome> scenarios) {
        ProposalState proposal = new ProposalState(id(title), id(pilot), title, "early years", false, d("0.035"),
                "2010-11", "2014-15", scenarios, t("2010-01-20"));
        proposals.add(proposal);
        return proposal;
    }

    public ProgrammeState at(Instant asOf) {
        return new ProgrammeState(asOf, pilots, counts, barriers, decisions, submissions, bodySubmissions, milestones,
                expressions, proposals, adjustments);
    }

    public ProgrammeState at(String asOf) {
        return at(t(asOf));
    }
}
