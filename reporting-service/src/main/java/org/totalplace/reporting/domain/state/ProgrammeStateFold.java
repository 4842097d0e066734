package org.totalplace.reporting.domain.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.totalplace.reporting.domain.PilotVersionRule;

/**
 * Folds journal events, in {@link #ORDER}, into the {@link ProgrammeState} they describe as of an instant. Pure:
 * no I/O, no clock; the same events always give an equal state.
 * <ul>
 *   <li>Whole-entity events (milestone, proposal, body submission, adjustment, expression of interest, pilot
 *       facts) carry the entity's version: an event older than what was folded already changes nothing.</li>
 *   <li>A count is kept per pilot, financial year and rule version; the latest pilot-totals-changed wins.</li>
 *   <li>Barriers collect their escalations and are closed by resolved or declined. An escalation or closing of a
 *       barrier whose raising is not in the journal is left out rather than guessed.</li>
 * </ul>
 * Each event is decoded completely before it changes anything, so {@link #check(JournalEvent)} (decoding one
 * event on its own) refuses exactly the data the fold could not use.
 */
public final class ProgrammeStateFold {

    /**
     * Time, then id as PostgreSQL orders uuid (unsigned, byte by byte, which is the order of the canonical
     * lower-case text; {@link UUID#compareTo} compares signed halves and would disagree).
     */
    public static final Comparator<JournalEvent> ORDER = Comparator.comparing(JournalEvent::time)
            .thenComparing(event -> event.id().toString());

    private static final String OPEN = "OPEN";
    private static final String RESOLVED = "RESOLVED";
    private static final String DECLINED = "DECLINED";

    private final Map<UUID, PilotEntry> pilots = new HashMap<>();
    private final Map<CountKey, CountState> counts = new HashMap<>();
    private final Map<UUID, BarrierEntry> barriers = new HashMap<>();
    private final Map<UUID, DecisionState> decisions = new HashMap<>();
    private final Map<UUID, SubmissionEntry> submissions = new HashMap<>();
    private final Map<UUID, Versioned<BodySubmissionState>> bodySubmissions = new HashMap<>();
    private final Map<UUID, Versioned<MilestoneState>> milestones = new HashMap<>();
    private final Map<UUID, Versioned<ExpressionOfInterestState>> expressions = new HashMap<>();
    private final Map<UUID, Versioned<ProposalState>> proposals = new HashMap<>();
    private final Map<UUID, Versioned<AdjustmentState>> adjustments = new HashMap<>();

    /** The state the events with time at or before {@code asOf} give; the input need not be sorted. */
    public static ProgrammeState fold(List<JournalEvent> events, Instant asOf) {
        List<JournalEvent> ordered = new ArrayList<>(events);
        ordered.sort(ORDER);
        ProgrammeStateFold fold = new ProgrammeStateFold();
        for (JournalEvent event : ordered) {
            if (event.time().isAfter(asOf)) {
                break;
            }
            fold.apply(event);
        }
        return fold.state(asOf);
    }

    /** Refuses an event of a journaled type whose data the fold cannot read ({@link InvalidEventDataException}). */
    public static void check(JournalEvent event) {
        new ProgrammeStateFold().apply(event);
    }

    /** The pilot an event is about ({@code data.pilotId}), or null when its type has none or leaves it empty. */
    public static UUID pilotOf(JournalEvent event) {
        if (event.data() == null || !event.data().isObject()) {
            return null;
        }
        return new EventData(event.data(), "data").optionalUuid("pilotId");
    }

    /** Applies one event, which must come after every event applied before in {@link #ORDER}. */
    public void apply(JournalEvent event) {
        switch (event.type()) {
            case JournalTypes.PILOT_REGISTERED, JournalTypes.PILOT_UPDATED -> pilotFacts(event);
            case JournalTypes.PILOT_PHASE_CHANGED -> pilotPhase(event);
            case JournalTypes.SUBMISSION_STATE_CHANGED -> submissionState(event);
            case JournalTypes.SUBMISSION_SECTION_CHANGED -> submissionSection(event);
            case JournalTypes.MILESTONE_CHANGED -> milestone(event);
            case JournalTypes.EOI_RECEIVED, JournalTypes.EOI_UPDATED -> expression(event);
            case JournalTypes.EOI_STATUS_CHANGED -> expressionStatus(event);
            case JournalTypes.BARRIER_RAISED -> barrierRaised(event);
            case JournalTypes.BARRIER_ESCALATED -> barrierEscalated(event);
            case JournalTypes.BARRIER_RESOLVED, JournalTypes.BARRIER_DECLINED -> barrierClosed(event);
            case JournalTypes.DECISION_RECORDED -> decision(event);
            case JournalTypes.PILOT_TOTALS_CHANGED -> count(event);
            case JournalTypes.BODY_SUBMISSION_STATE_CHANGED -> bodySubmission(event);
            case JournalTypes.PROPOSAL_CHANGED -> proposal(event);
            case JournalTypes.ADJUSTMENT_RECORDED, JournalTypes.ADJUSTMENT_WITHDRAWN -> adjustment(event);
            default -> {
                // not a journaled type: nothing in the state comes from it
            }
        }
    }

    /** What the events applied so far give, stamped {@code asOf}, every list in its stable order. */
    public ProgrammeState state(Instant asOf) {
        List<PilotState> pilotStates = pilots.values().stream()
                .filter(PilotEntry::known)
                .map(PilotEntry::state)
                .sorted(Comparator.comparing(PilotState::code).thenComparing(p -> p.pilotId().toString()))
                .toList();
        List<CountState> countStates = counts.values().stream()
                .sorted(Comparator.comparing(CountState::countedAt)
                        .thenComparing(c -> c.pilotId().toString())
                        .thenComparing(CountState::financialYear)
                        .thenComparingInt(CountState::ruleVersion))
                .toList();
        List<BarrierState> barrierStates = sorted(barriers.values().stream().map(BarrierEntry::state).toList(),
                BarrierState::raisedAt, BarrierState::barrierId);
        return new ProgrammeState(asOf, pilotStates, countStates, barrierStates,
                sorted(decisions.values(), DecisionState::recordedAt, DecisionState::decisionId),
                sorted(submissions.values().stream().map(SubmissionEntry::state).toList(),
                        ReportingSubmissionState::at, ReportingSubmissionState::submissionId),
                sorted(values(bodySubmissions), BodySubmissionState::at, BodySubmissionState::submissionId),
                sorted(values(milestones), MilestoneState::at, MilestoneState::milestoneId),
                sorted(values(expressions), ExpressionOfInterestState::at,
                        ExpressionOfInterestState::expressionOfInterestId),
                sorted(values(proposals), ProposalState::at, ProposalState::proposalId),
                sorted(values(adjustments), AdjustmentState::at, AdjustmentState::adjustmentId));
    }

    // --- pilots-service -------------------------------------------------------------------------------

    private void pilotFacts(JournalEvent event) {
        EventData data = data(event);
        UUID pilotId = data.uuid("pilotId");
        String code = data.nonBlank("code");
        String name = data.nonBlank("name");
        String region = data.nonBlank("region");
        String place = data.optionalString("place");
        long version = data.nonNegative("version");
        PilotEntry pilot = pilots.computeIfAbsent(pilotId, PilotEntry::new);
        if (!PilotVersionRule.replaces(pilot.factsVersion, version)) {
            return;
        }
        pilot.code = code;
        pilot.name = name;
        pilot.region = region;
        pilot.place = place;
        pilot.factsVersion = version;
    }

    private void pilotPhase(JournalEvent event) {
        EventData data = data(event);
        UUID pilotId = data.uuid("pilotId");
        String code = data.nonBlank("code");
        int to = data.phase("to");
        long version = data.nonNegative("version");
        PilotEntry pilot = pilots.computeIfAbsent(pilotId, PilotEntry::new);
        if (!PilotVersionRule.replaces(pilot.phaseVersion, version)) {
            return;
        }
        if (pilot.code == null) {
            pilot.code = code;
        }
        pilot.phase = to;
        pilot.phaseVersion = version;
    }

    private void submissionState(JournalEvent event) {
        EventData data = data(event);
        UUID pilotId = data.uuid("pilotId");
        UUID submissionId = data.uuid("submissionId");
        String reportingPoint = data.nonBlank("reportingPoint");
        String to = data.nonBlank("to");
        String reason = data.optionalString("reason");
        long version = data.nonNegative("version");
        SubmissionEntry submission = submissions.computeIfAbsent(submissionId,
                id -> new SubmissionEntry(id, pilotId, reportingPoint));
        if (version < submission.version) {
            return;
        }
        submission.state = to;
        submission.reason = reason;
        submission.version = version;
        submission.at = event.time();
    }

    private void submissionSection(JournalEvent event) {
        EventData data = data(event);
        UUID pilotId = data.uuid("pilotId");
        UUID submissionId = data.uuid("submissionId");
        String reportingPoint = data.nonBlank("reportingPoint");
        String section = data.nonBlank("section");
        String content = data.string("content");
        String state = data.nonBlank("state");
        long version = data.nonNegative("version");
        SubmissionEntry submission = submissions.computeIfAbsent(submissionId,
                id -> new SubmissionEntry(id, pilotId, reportingPoint));
        if (version < submission.version) {
            return;
        }
        submission.sections.put(section, content);
        submission.state = state;
        submission.version = version;
        submission.at = event.time();
    }

    private void milestone(JournalEvent event) {
        EventData data = data(event);
        UUID milestoneId = data.uuid("milestoneId");
        MilestoneState milestone = new MilestoneState(milestoneId, data.uuid("pilotId"), data.nonBlank("title"),
                data.phase("phase"), data.date("dueDate"), data.nonBlank("status"), data.optionalDate("metOn"),
                event.time());
        keepNewer(milestones, milestoneId, data.nonNegative("version"), milestone);
    }

    private void expression(JournalEvent event) {
        EventData data = data(event);
        UUID id = data.uuid("expressionOfInterestId");
        ExpressionOfInterestState expression = new ExpressionOfInterestState(id, data.nonBlank("place"),
                data.nonBlank("leadBody"), data.nonBlank("region"), data.nonBlank("status"),
                data.optionalUuid("pilotId"), data.date("receivedOn"), event.time());
        keepNewer(expressions, id, data.nonNegative("version"), expression);
    }

    /** Carries no lead body or received date: those stay as the entry last gave them. */
    private void expressionStatus(JournalEvent event) {
        EventData data = data(event);
        UUID id = data.uuid("expressionOfInterestId");
        String place = data.nonBlank("place");
        String region = data.nonBlank("region");
        UUID pilotId = data.optionalUuid("pilotId");
        String to = data.nonBlank("to");
        long version = data.nonNegative("version");
        Versioned<ExpressionOfInterestState> known = expressions.get(id);
        String leadBody = known == null ? null : known.value().leadBody();
        LocalDate receivedOn = known == null ? null : known.value().receivedOn();
        keepNewer(expressions, id, version,
                new ExpressionOfInterestState(id, place, leadBody, region, to, pilotId, receivedOn, event.time()));
    }

    // --- governance-service ---------------------------------------------------------------------------

    private void barrierRaised(JournalEvent event) {
        EventData data = data(event);
        UUID barrierId = data.uuid("barrierId");
        BarrierEntry barrier = new BarrierEntry(barrierId, data.uuid("pilotId"), data.nonBlank("title"),
                data.nonBlank("category"), data.nonBlank("owningDepartment"), data.nonBlank("tier"), event.time());
        barriers.putIfAbsent(barrierId, barrier);
    }

    private void barrierEscalated(JournalEvent event) {
        EventData data = data(event);
        UUID barrierId = data.uuid("barrierId");
        data.uuid("pilotId");
        BarrierState.Escalation escalation = new BarrierState.Escalation(data.nonBlank("fromTier"),
                data.nonBlank("toTier"), data.nonBlank("reason"), data.bool("automatic"), event.time());
        BarrierEntry barrier = barriers.get(barrierId);
        if (barrier == null) {
            return;
        }
        barrier.escalations.add(escalation);
        barrier.tier = escalation.toTier();
    }

    private void barrierClosed(JournalEvent event) {
        EventData data = data(event);
        boolean resolved = JournalTypes.BARRIER_RESOLVED.equals(event.type());
        UUID barrierId = data.uuid("barrierId");
        data.uuid("pilotId");
        String tier = data.nonBlank("tier");
        String decision = data.nonBlank("decision");
        String whitehallChange = resolved ? data.nonBlank("whitehallChange") : null;
        UUID decisionId = data.optionalUuid("decisionId");
        BarrierEntry barrier = barriers.get(barrierId);
        if (barrier == null) {
            return;
        }
        barrier.status = resolved ? RESOLVED : DECLINED;
        barrier.tier = tier;
        barrier.decision = decision;
        barrier.whitehallChange = whitehallChange;
        barrier.decisionId = decisionId;
        barrier.closedAt = event.time();
    }

    private void decision(JournalEvent event) {
        EventData data = data(event);
        UUID decisionId = data.uuid("decisionId");
        decisions.put(decisionId, new DecisionState(decisionId, data.uuid("groupId"), data.uuid("meetingId"),
                data.date("meetingDate"), data.optionalUuid("barrierId"), data.nonBlank("text"),
                data.instant("recordedAt")));
    }

    // --- spend-service --------------------------------------------------------------------------------

    private void count(JournalEvent event) {
        EventData data = data(event);
        UUID pilotId = data.uuid("pilotId");
        String financialYear = data.financialYear("financialYear");
        long ruleVersion = data.nonNegative("ruleVersion");
        if (ruleVersion < 1 || ruleVersion > Integer.MAX_VALUE) {
            throw new InvalidEventDataException("data.ruleVersion must be a positive integer");
        }
        String ruleSetName = data.string("ruleSetName");
        Long population = data.optionalNonNegative("population");
        String currency = "GBP";
        List<CountState.MethodTotal> methods = new ArrayList<>();
        for (EventData method : data.objects("methods")) {
            currency = method.currency("counted");
            methods.add(new CountState.MethodTotal(method.nonBlank("method"), method.amount("counted"),
                    method.optionalAmount("perCapita"), method.nonNegative("lines"), method.amount("excluded")));
        }
        List<CountState.FunctionTotal> functions = new ArrayList<>();
        for (EventData function : data.objects("functions")) {
            functions.add(new CountState.FunctionTotal(function.nonBlank("method"), function.nonBlank("functionL1"),
                    function.string("functionName"), function.amount("amount"),
                    function.optionalAmount("perCapita")));
        }
        List<CountState.ExclusionTotal> exclusions = new ArrayList<>();
        for (EventData exclusion : data.objects("exclusions")) {
            exclusions.add(new CountState.ExclusionTotal(exclusion.nonBlank("method"), exclusion.nonBlank("reason"),
                    exclusion.amount("amount"), exclusion.nonNegative("lines")));
        }
        Instant countedAt = data.instant("countedAt");
        counts.put(new CountKey(pilotId, financialYear, (int) ruleVersion), new CountState(pilotId, financialYear,
                (int) ruleVersion, ruleSetName, population, currency, methods, functions, exclusions, countedAt));
    }

    private void bodySubmission(JournalEvent event) {
        EventData data = data(event);
        UUID submissionId = data.uuid("submissionId");
        BodySubmissionState submission = new BodySubmissionState(submissionId, data.uuid("pilotId"),
                data.nonBlank("body"), data.financialYear("financialYear"), data.nonBlank("to"),
                data.amount("acceptedTotal"), data.currency("acceptedTotal"), event.time());
        keepNewer(bodySubmissions, submissionId, data.nonNegative("version"), submission);
    }

    private void proposal(JournalEvent event) {
        EventData data = data(event);
        UUID proposalId = data.uuid("proposalId");
        UUID pilotId = data.uuid("pilotId");
        String title = data.nonBlank("title");
        String theme = data.optionalString("theme");
        long version = data.nonNegative("version");
        boolean withdrawn = data.bool("withdrawn");
        BigDecimal discountRate = data.rate("discountRate");
        String firstYear = data.financialYear("firstYear");
        String lastYear = data.financialYear("lastYear");
        EventData scenarios = data.object("scenarios");
        Map<String, ProposalState.Outcome> outcomes = new LinkedHashMap<>();
        for (String scenario : List.of("low", "central", "high")) {
            outcomes.put(scenario, outcome(scenarios.object(scenario)));
        }
        keepNewer(proposals, proposalId, version, new ProposalState(proposalId, pilotId, title, theme, withdrawn,
                discountRate, firstYear, lastYear, outcomes, event.time()));
    }

    private static ProposalState.Outcome outcome(EventData outcome) {
        EventData payback = outcome.object("payback");
        List<ProposalState.BodyNet> bodies = new ArrayList<>();
        for (EventData body : outcome.objects("bodies")) {
            bodies.add(new ProposalState.BodyNet(body.nonBlank("body"), body.amount("investment"),
                    body.amount("savings"), body.amount("net")));
        }
        return new ProposalState.Outcome(outcome.amount("totalInvestment"), outcome.amount("totalSavings"),
                outcome.amount("net"), outcome.amount("npv"), payback.optionalFinancialYear("financialYear"),
                payback.optionalString("reason"), bodies);
    }

    private void adjustment(JournalEvent event) {
        EventData data = data(event);
        UUID adjustmentId = data.uuid("adjustmentId");
        boolean withdrawn = JournalTypes.ADJUSTMENT_WITHDRAWN.equals(event.type());
        AdjustmentState adjustment = new AdjustmentState(adjustmentId, data.uuid("pilotId"),
                data.financialYear("financialYear"), data.nonBlank("body"), data.nonBlank("functionL1"),
                data.amount("amount"), data.nonBlank("reason"), data.nonBlank("author"), withdrawn, event.time());
        keepNewer(adjustments, adjustmentId, data.nonNegative("version"), adjustment);
    }

    // -----------------------------------------------------------------------------------------------

    private static EventData data(JournalEvent event) {
        return new EventData(event.data(), "data");
    }

    /** Whole-entity events: the higher version wins; an equal one is the same version told again (later wins). */
    private static <T> void keepNewer(Map<UUID, Versioned<T>> entries, UUID id, long version, T value) {
        Versioned<T> known = entries.get(id);
        if (known == null || version >= known.version()) {
            entries.put(id, new Versioned<>(version, value));
        }
    }

    private static <T> List<T> values(Map<UUID, Versioned<T>> entries) {
        return entries.values().stream().map(Versioned::value).toList();
    }

    private static <T> List<T> sorted(Collection<T> items, Function<T, Instant> time, Function<T, UUID> id) {
        return items.stream()
                .sorted(Comparator.comparing(time).thenComparing(item -> id.apply(item).toString()))
                .toList();
    }

    private record Versioned<T>(long version, T value) {
    }

    private record CountKey(UUID pilotId, String financialYear, int ruleVersion) {
    }

    /** Facts (registered, updated) and phase (phase-changed) are versioned apart: each event carries only one. */
    private static final class PilotEntry {
        private final UUID pilotId;
        private String code;
        private String name;
        private String region;
        private String place;
        private long factsVersion = -1;
        private int phase = 1;
        private long phaseVersion = -1;

        private PilotEntry(UUID pilotId) {
            this.pilotId = pilotId;
        }

        /** A phase change alone does not make a pilot: it has no name until it is registered. */
        boolean known() {
            return name != null;
        }

        PilotState state() {
            return new PilotState(pilotId, code, name, region, place, phase, Math.max(factsVersion, phaseVersion));
        }
    }

    private static final class BarrierEntry {
        private final UUID barrierId;
        private final UUID pilotId;
        private final String title;
        private final String category;
        private final String owningDepartment;
        private final String raisedTier;
        private final Instant raisedAt;
        private final List<BarrierState.Escalation> escalations = new ArrayList<>();
        private String tier;
        private String status = OPEN;
        private String decision;
        private String whitehallChange;
        private UUID decisionId;
        private Instant closedAt;

        private BarrierEntry(UUID barrierId, UUID pilotId, String title, String category, String owningDepartment,
                             String raisedTier, Instant raisedAt) {
            this.barrierId = barrierId;
            this.pilotId = pilotId;
            this.title = title;
            this.category = category;
            this.owningDepartment = owningDepartment;
            this.raisedTier = raisedTier;
            this.tier = raisedTier;
            this.raisedAt = raisedAt;
        }

        BarrierState state() {
            return new BarrierState(barrierId, pilotId, title, category, owningDepartment, raisedTier, tier, status,
                    escalations, decision, whitehallChange, decisionId, raisedAt, closedAt);
        }
    }

    private static final class SubmissionEntry {
        private final UUID submissionId;
        private final UUID pilotId;
        private final String reportingPoint;
        private final Map<String, String> sections = new TreeMap<>();
        private String state;
        private String reason;
        private long version = -1;
        private Instant at;

        private SubmissionEntry(UUID submissionId, UUID pilotId, String reportingPoint) {
            this.submissionId = submissionId;
            this.pilotId = pilotId;
            this.reportingPoint = reportingPoint;
        }

        ReportingSubmissionState state() {
            return new ReportingSubmissionState(submissionId, pilotId, reportingPoint, state, reason, sections, at);
        }
    }
}
