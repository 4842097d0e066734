package org.totalplace.reporting.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.totalplace.reporting.domain.state.JournalSamples.at;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.state.JournalSamples.Sample;

/** The fold, event type by event type, on sample events checked against their producers' schemas. */
class ProgrammeStateFoldTest {

    private static final Instant END = at("2011-01-01T00:00:00Z");

    private final UUID pilotId = UUID.randomUUID();

    private static ProgrammeState fold(Sample... samples) {
        return ProgrammeStateFold.fold(Stream.of(samples).map(Sample::event).toList(), END);
    }

    // --- pilots ---------------------------------------------------------------------------------------

    @Test
    void shouldKeepAPilotsLatestFactsAndItsPhase() {
        ProgrammeState state = fold(
                JournalSamples.pilotRegistered(pilotId, "lewisham", "Lewisham", 1, at("2009-04-01T09:00:00Z")),
                JournalSamples.pilotUpdated(pilotId, "lewisham", "Lewisham partnership", 2, at("2009-05-01T09:00:00Z")),
                JournalSamples.pilotPhaseChanged(pilotId, "lewisham", 1, 2, 3, at("2009-10-01T09:00:00Z")));

        assertThat(state.pilots()).containsExactly(new PilotState(pilotId, "lewisham", "Lewisham partnership",
                "London", "Lewisham partnership", 2, 3));
    }

    @Test
    void shouldNotLetAnOlderPilotVersionOverwriteANewerOne() {
        ProgrammeState state = fold(
                JournalSamples.pilotUpdated(pilotId, "luton", "Luton and Central Bedfordshire", 3,
                        at("2009-05-01T09:00:00Z")),
                JournalSamples.pilotUpdated(pilotId, "luton", "Luton (version 2)", 2, at("2009-05-02T09:00:00Z")));

        assertThat(state.pilots()).singleElement().satisfies(pilot -> {
            assertThat(pilot.name()).isEqualTo("Luton and Central Bedfordshire");
            assertThat(pilot.version()).isEqualTo(3);
            assertThat(pilot.phase()).isEqualTo(1);
        });
    }

    @Test
    void shouldListPilotsByCodeAndLeaveOutOneOnlyAPhaseChangeNamed() {
        UUID other = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.pilotRegistered(pilotId, "worcestershire", "Worcestershire", 1, at("2009-04-01T09:00:00Z")),
                JournalSamples.pilotRegistered(other, "bradford", "Bradford", 1, at("2009-04-02T09:00:00Z")),
                JournalSamples.pilotPhaseChanged(UUID.randomUUID(), "ghost", 1, 2, 5, at("2009-04-03T09:00:00Z")));

        assertThat(state.pilots()).extracting(PilotState::code).containsExactly("bradford", "worcestershire");
    }

    // --- counts ---------------------------------------------------------------------------------------

    @Test
    void shouldKeepTheLatestCountPerPilotYearAndRuleVersion() {
        ProgrammeState state = fold(
                JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2008-09", 1, 261_600L, "100.00", "90.00",
                        at("2009-06-01T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2008-09", 1, 261_600L, "2200000000.00",
                        "2100000000.00", at("2009-07-01T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2008-09", 2, 261_600L, "2300000000.00",
                        "2100000000.00", at("2009-08-01T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2009-10", 1, null, "50.00", "40.00",
                        at("2009-09-01T09:00:00Z")));

        assertThat(state.counts()).extracting(c -> c.financialYear() + " v" + c.ruleVersion())
                .containsExactly("2008-09 v1", "2008-09 v2", "2009-10 v1");
        CountState latest = state.counts().get(0);
        assertThat(latest.methods()).extracting(CountState.MethodTotal::method).containsExactly("bottom-up", "top-down");
        assertThat(latest.methods().get(0).counted()).isEqualTo(new BigDecimal("2200000000.00"));
        assertThat(latest.methods().get(0).perCapita()).isEqualTo(new BigDecimal("8409.79"));
        assertThat(latest.methods().get(0).lines()).isEqualTo(1200);
        assertThat(latest.methods().get(0).excluded()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(latest.population()).isEqualTo(261_600L);
        assertThat(latest.currency()).isEqualTo("GBP");
        assertThat(latest.ruleSetName()).isEqualTo("Total Place counting rules v1");
        assertThat(latest.countedAt()).isEqualTo(at("2009-07-01T09:00:00Z"));
        assertThat(latest.functions()).extracting(CountState.FunctionTotal::functionL1).containsExactly("10", "7");
        assertThat(latest.exclusions()).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.reason()).isEqualTo("transfer between bodies");
            assertThat(exclusion.amount()).isEqualTo(new BigDecimal("1500.00"));
            assertThat(exclusion.lines()).isEqualTo(3);
        });
        CountState withoutPopulation = state.counts().get(2);
        assertThat(withoutPopulation.population()).isNull();
        assertThat(withoutPopulation.methods().get(0).perCapita()).isNull();
    }

    // --- barriers and decisions -----------------------------------------------------------------------

    @Test
    void shouldKeepABarriersEscalationsAndItsCurrentTierWhileOpen() {
        UUID barrierId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.barrierRaised(pilotId, barrierId, "Ring-fenced grants", at("2009-10-01T09:00:00Z")),
                JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                        at("2009-10-15T09:00:00Z")),
                JournalSamples.barrierEscalated(pilotId, barrierId, "GOVERNMENT_OFFICE", "OFFICIALS_GROUP", true,
                        at("2009-11-15T09:00:00Z")));

        BarrierState barrier = state.barriers().get(0);
        assertThat(barrier.status()).isEqualTo("OPEN");
        assertThat(barrier.raisedTier()).isEqualTo("PILOT");
        assertThat(barrier.tier()).isEqualTo("OFFICIALS_GROUP");
        assertThat(barrier.title()).isEqualTo("Ring-fenced grants");
        assertThat(barrier.category()).isEqualTo("FUNDING_RULES");
        assertThat(barrier.owningDepartment()).isEqualTo("DCSF");
        assertThat(barrier.raisedAt()).isEqualTo(at("2009-10-01T09:00:00Z"));
        assertThat(barrier.closedAt()).isNull();
        assertThat(barrier.escalations()).containsExactly(
                new BarrierState.Escalation("PILOT", "GOVERNMENT_OFFICE", "needs GOVERNMENT_OFFICE", false,
                        at("2009-10-15T09:00:00Z")),
                new BarrierState.Escalation("GOVERNMENT_OFFICE", "OFFICIALS_GROUP", "overdue at GOVERNMENT_OFFICE",
                        true, at("2009-11-15T09:00:00Z")));
    }

    @Test
    void shouldCloseABarrierAsResolvedWithTheWhitehallChange() {
        UUID barrierId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID groupId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.barrierRaised(pilotId, barrierId, "Ring-fenced grants", at("2009-10-01T09:00:00Z")),
                JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                        at("2009-10-15T09:00:00Z")),
                JournalSamples.decisionRecorded(decisionId, groupId, barrierId, "Pool the grants from April",
                        at("2010-01-20T15:00:00Z")),
                JournalSamples.barrierResolved(pilotId, barrierId, "GOVERNMENT_OFFICE", "Agreed",
                        "Grant conditions relaxed from April 2010", decisionId, at("2010-01-20T16:00:00Z")));

        BarrierState barrier = state.barriers().get(0);
        assertThat(barrier.status()).isEqualTo("RESOLVED");
        assertThat(barrier.tier()).isEqualTo("GOVERNMENT_OFFICE");
        assertThat(barrier.decision()).isEqualTo("Agreed");
        assertThat(barrier.whitehallChange()).isEqualTo("Grant conditions relaxed from April 2010");
        assertThat(barrier.decisionId()).isEqualTo(decisionId);
        assertThat(barrier.closedAt()).isEqualTo(at("2010-01-20T16:00:00Z"));
        assertThat(state.decisions()).containsExactly(new DecisionState(decisionId, groupId,
                UUID.nameUUIDFromBytes(groupId.toString().getBytes()), LocalDate.parse("2010-01-20"), barrierId,
                "Pool the grants from April", at("2010-01-20T15:00:00Z")));
    }

    @Test
    void shouldCloseABarrierAsDeclinedWithoutAWhitehallChange() {
        UUID barrierId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.barrierRaised(pilotId, barrierId, "Data sharing", at("2009-10-01T09:00:00Z")),
                JournalSamples.barrierDeclined(pilotId, barrierId, "PILOT", "Local fix is enough",
                        at("2009-10-05T09:00:00Z")));

        BarrierState barrier = state.barriers().get(0);
        assertThat(barrier.status()).isEqualTo("DECLINED");
        assertThat(barrier.decision()).isEqualTo("Local fix is enough");
        assertThat(barrier.whitehallChange()).isNull();
        assertThat(barrier.decisionId()).isNull();
        assertThat(barrier.closedAt()).isEqualTo(at("2009-10-05T09:00:00Z"));
    }

    @Test
    void shouldLeaveOutTheEscalationOfABarrierWhoseRaisingIsNotInTheJournal() {
        UUID barrierId = UUID.randomUUID();
        ProgrammeState state = fold(JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE",
                false, at("2009-10-15T09:00:00Z")));

        assertThat(state.barriers()).isEmpty();
    }

    // --- submissions, milestones, expressions of interest ---------------------------------------------

    @Test
    void shouldKeepASubmissionsLatestStateReasonAndSectionContents() {
        UUID submissionId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.submissionStateChanged(pilotId, submissionId, null, "DRAFT", null, 0,
                        at("2010-01-05T09:00:00Z")),
                JournalSamples.submissionSectionChanged(pilotId, submissionId, "key-asks", "Pool the grants", "DRAFT",
                        1, at("2010-01-06T09:00:00Z")),
                JournalSamples.submissionSectionChanged(pilotId, submissionId, "summary", "We counted £2.2bn", "DRAFT",
                        2, at("2010-01-07T09:00:00Z")),
                JournalSamples.submissionStateChanged(pilotId, submissionId, "DRAFT", "SUBMITTED", null, 3,
                        at("2010-01-08T09:00:00Z")),
                JournalSamples.submissionStateChanged(pilotId, submissionId, "SUBMITTED", "RETURNED",
                        "Per capita figures missing", 4, at("2010-01-09T09:00:00Z")),
                JournalSamples.submissionSectionChanged(pilotId, submissionId, "key-asks", "Pool the grants; align PSAs",
                        "RETURNED", 5, at("2010-01-10T09:00:00Z")));

        ReportingSubmissionState submission = state.submissions().get(0);
        assertThat(submission.state()).isEqualTo("RETURNED");
        assertThat(submission.reason()).isEqualTo("Per capita figures missing");
        assertThat(submission.reportingPoint()).isEqualTo("BUDGET-2010");
        assertThat(submission.pilotId()).isEqualTo(pilotId);
        assertThat(submission.sections()).containsOnly(
                org.assertj.core.api.Assertions.entry("key-asks", "Pool the grants; align PSAs"),
                org.assertj.core.api.Assertions.entry("summary", "We counted £2.2bn"));
        assertThat(submission.at()).isEqualTo(at("2010-01-10T09:00:00Z"));
    }

    @Test
    void shouldKeepABodySubmissionsLatestStateAndAcceptedTotal() {
        UUID submissionId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.bodySubmissionStateChanged(pilotId, submissionId, "DRAFT", "SUBMITTED", "120.00", 1,
                        at("2009-07-01T09:00:00Z")),
                JournalSamples.bodySubmissionStateChanged(pilotId, submissionId, "SUBMITTED", "ACCEPTED",
                        "1234567.89", 3, at("2009-07-03T09:00:00Z")),
                JournalSamples.bodySubmissionStateChanged(pilotId, submissionId, "DRAFT", "SUBMITTED", "99.00", 2,
                        at("2009-07-04T09:00:00Z")));

        assertThat(state.bodySubmissions()).containsExactly(new BodySubmissionState(submissionId, pilotId,
                "NHS Lewisham", "2008-09", "ACCEPTED", new BigDecimal("1234567.89"), "GBP", at("2009-07-03T09:00:00Z")));
    }

    @Test
    void shouldKeepAMilestoneAsLastChangedAndIgnoreAnOlderVersion() {
        UUID milestoneId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.milestoneChanged(pilotId, milestoneId, "planned", "Final report", "PLANNED", null, 0,
                        at("2009-09-01T09:00:00Z")),
                JournalSamples.milestoneChanged(pilotId, milestoneId, "met", "Final report", "MET", "2010-02-04", 2,
                        at("2010-02-04T17:00:00Z")),
                JournalSamples.milestoneChanged(pilotId, milestoneId, "revised", "Final report (revised)", "PLANNED",
                        null, 1, at("2010-02-05T09:00:00Z")));

        assertThat(state.milestones()).containsExactly(new MilestoneState(milestoneId, pilotId, "Final report", 1,
                LocalDate.parse("2010-02-05"), "MET", LocalDate.parse("2010-02-04"), at("2010-02-04T17:00:00Z")));
    }

    @Test
    void shouldFollowAnExpressionOfInterestThroughItsReview() {
        UUID id = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.expressionReceived(id, "Wigan", "Wigan Council", 0, at("2010-03-01T09:00:00Z")),
                JournalSamples.expressionUpdated(id, "Wigan borough", "Wigan Council", "RECEIVED", 1,
                        at("2010-03-02T09:00:00Z")),
                JournalSamples.expressionStatusChanged(id, "Wigan borough", "RECEIVED", "UNDER_REVIEW", null, 2,
                        at("2010-03-03T09:00:00Z")),
                JournalSamples.expressionStatusChanged(id, "Wigan borough", "UNDER_REVIEW", "FORWARDED", null, 3,
                        at("2010-03-04T09:00:00Z")));

        assertThat(state.expressions()).containsExactly(new ExpressionOfInterestState(id, "Wigan borough",
                "Wigan Council", "North West", "FORWARDED", null, LocalDate.parse("2010-03-01"),
                at("2010-03-04T09:00:00Z")));
    }

    // --- proposals and adjustments --------------------------------------------------------------------

    @Test
    void shouldKeepAProposalsLatestVersionWithItsScenarios() {
        UUID proposalId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.proposalChanged(pilotId, proposalId, "proposed", "Early years hub", "1500000.00", 0,
                        at("2010-01-10T09:00:00Z")),
                JournalSamples.proposalChanged(pilotId, proposalId, "revised", "Early years hub (revised)",
                        "1800000.00", 1, at("2010-01-20T09:00:00Z")));

        ProposalState proposal = state.proposals().get(0);
        assertThat(proposal.title()).isEqualTo("Early years hub (revised)");
        assertThat(proposal.withdrawn()).isFalse();
        assertThat(proposal.discountRate()).isEqualTo(new BigDecimal("0.035"));
        assertThat(proposal.firstYear()).isEqualTo("2010-11");
        assertThat(proposal.lastYear()).isEqualTo("2012-13");
        assertThat(proposal.scenarios()).containsOnlyKeys("low", "central", "high");
        ProposalState.Outcome central = proposal.scenarios().get("central");
        assertThat(central.totalInvestment()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(central.totalSavings()).isEqualTo(new BigDecimal("1800000.00"));
        assertThat(central.net()).isEqualTo(new BigDecimal("800000.00"));
        assertThat(central.npv()).isEqualTo(new BigDecimal("790000.00"));
        assertThat(central.paybackYear()).isEqualTo("2012-13");
        assertThat(central.paybackReason()).isNull();
        assertThat(central.bodies()).containsExactly(
                new ProposalState.BodyNet("London Borough of Lewisham", new BigDecimal("1000000.00"),
                        new BigDecimal("0.00"), new BigDecimal("-1000000.00")),
                new ProposalState.BodyNet("NHS Lewisham", new BigDecimal("0.00"), new BigDecimal("1800000.00"),
                        new BigDecimal("1800000.00")));
        ProposalState.Outcome low = proposal.scenarios().get("low");
        assertThat(low.paybackYear()).isNull();
        assertThat(low.paybackReason()).isEqualTo("cumulative net stays below zero");
    }

    @Test
    void shouldMarkAWithdrawnProposal() {
        UUID proposalId = UUID.randomUUID();
        ProgrammeState state = fold(
                JournalSamples.proposalChanged(pilotId, proposalId, "proposed", "Shared back office", "1500000.00", 0,
                        at("2010-01-10T09:00:00Z")),
                JournalSamples.proposalChanged(pilotId, proposalId, "withdrawn", "Shared back office", "1500000.00", 1,
                        at("2010-01-12T09:00:00Z")));

        assertThat(state.proposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.withdrawn()).isTrue();
            assertThat(proposal.at()).isEqualTo(at("2010-01-12T09:00:00Z"));
        });
    }

    @Test
    void shouldMarkAWithdrawnAdjustmentAndKeepItsSignedAmount() {
        UUID kept = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        Instant created = at("2009-08-01T09:00:00Z");
        ProgrammeState state = fold(
                JournalSamples.adjustmentRecorded(pilotId, kept, "-2500.50", 0, created),
                JournalSamples.adjustmentRecorded(pilotId, withdrawn, "1000.00", 0, at("2009-08-02T09:00:00Z")),
                JournalSamples.adjustmentWithdrawn(pilotId, withdrawn, "1000.00", 1, at("2009-08-02T09:00:00Z"),
                        at("2009-08-03T09:00:00Z")));

        assertThat(state.adjustments()).containsExactly(
                new AdjustmentState(kept, pilotId, "2008-09", "Lewisham PCT", "10", new BigDecimal("-2500.50"),
                        "grant counted by both bodies", "moderator@lewisham", false, created),
                new AdjustmentState(withdrawn, pilotId, "2008-09", "Lewisham PCT", "10", new BigDecimal("1000.00"),
                        "grant counted by both bodies", "moderator@lewisham", true, at("2009-08-03T09:00:00Z")));
    }

    // --- the fold as a whole --------------------------------------------------------------------------

    @Test
    void shouldFoldOnlyTheEventsAtOrBeforeAsOf() {
        UUID barrierId = UUID.randomUUID();
        List<JournalEvent> events = Stream.of(
                JournalSamples.barrierRaised(pilotId, barrierId, "Ring-fenced grants", at("2010-01-01T09:00:00Z")),
                JournalSamples.barrierResolved(pilotId, barrierId, "PILOT", "Agreed", "Pooling allowed", null,
                        at("2010-02-05T12:00:00Z"))).map(Sample::event).toList();

        assertThat(ProgrammeStateFold.fold(events, at("2010-02-05T11:59:59Z")).barriers().get(0).status())
                .isEqualTo("OPEN");
        assertThat(ProgrammeStateFold.fold(events, at("2010-02-05T12:00:00Z")).barriers().get(0).status())
                .isEqualTo("RESOLVED");
        assertThat(ProgrammeStateFold.fold(events, at("2009-12-31T00:00:00Z")).barriers()).isEmpty();
        assertThat(ProgrammeStateFold.fold(events, at("2010-02-05T12:00:00Z")).asOf())
                .isEqualTo(at("2010-02-05T12:00:00Z"));
    }

    @Test
    void shouldGiveAnEqualStateWhateverOrderTheEventsComeIn() {
        UUID barrierId = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant sameTime = at("2009-10-01T09:00:00Z");
        List<JournalEvent> events = new ArrayList<>(Stream.of(
                JournalSamples.pilotRegistered(pilotId, "lewisham", "Lewisham", 1, at("2009-04-01T09:00:00Z")),
                JournalSamples.pilotRegistered(other, "bradford", "Bradford", 1, at("2009-04-01T09:00:00Z")),
                JournalSamples.barrierRaised(pilotId, barrierId, "Ring-fenced grants", sameTime),
                JournalSamples.barrierRaised(other, UUID.randomUUID(), "Data sharing", sameTime),
                JournalSamples.barrierEscalated(pilotId, barrierId, "PILOT", "GOVERNMENT_OFFICE", false,
                        at("2009-10-02T09:00:00Z")),
                JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2008-09", 1, 261_600L, "10.00", "9.00",
                        sameTime),
                JournalSamples.pilotTotalsChanged(other, "bradford", "2008-09", 1, 500_000L, "20.00", "19.00",
                        sameTime),
                JournalSamples.adjustmentRecorded(pilotId, UUID.randomUUID(), "5.00", 0, sameTime),
                JournalSamples.adjustmentRecorded(other, UUID.randomUUID(), "6.00", 0, sameTime))
                .map(Sample::event).toList());
        ProgrammeState expected = ProgrammeStateFold.fold(events, END);

        Random random = new Random(20100205);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, random);
            assertThat(ProgrammeStateFold.fold(events, END)).isEqualTo(expected);
        }
        assertThat(expected.barriers()).hasSize(2);
        assertThat(expected.barriers().get(0).barrierId().toString())
                .isLessThan(expected.barriers().get(1).barrierId().toString());
        assertThat(expected.barriers().stream().filter(b -> b.barrierId().equals(barrierId)).findFirst().orElseThrow()
                .escalations()).hasSize(1);
    }

    @Test
    void shouldRefuseDataItCannotReadNamingThePath() {
        Sample sample = JournalSamples.pilotTotalsChanged(pilotId, "lewisham", "2008-09", 1, 261_600L, "10.00",
                "9.00", at("2009-06-01T09:00:00Z"));
        ObjectNode data = sample.event().data().deepCopy();
        ((ObjectNode) data.get("methods").get(1).get("counted")).put("amount", 9.0);
        JournalEvent broken = new JournalEvent(sample.event().id(), sample.event().type(), sample.event().source(),
                sample.event().subject(), sample.event().time(), data);

        assertThatThrownBy(() -> ProgrammeStateFold.check(broken))
                .isInstanceOf(InvalidEventDataException.class)
                .hasMessageContaining("data.methods[1].counted.amount");
    }

    @Test
    void shouldChangeNothingForATypeItDoesNotJournal() {
        JournalEvent other = new JournalEvent(UUID.randomUUID(), "totalplace.governance.group-created.v1",
                "/governance-service", pilotId.toString(), END, new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("groupId", pilotId.toString()));

        ProgrammeStateFold.check(other);
        assertThat(ProgrammeStateFold.fold(List.of(other), END)).isEqualTo(ProgrammeState.empty(END));
    }

    @Test
    void shouldNameThePilotOfAnEvent() {
        Sample barrier = JournalSamples.barrierRaised(pilotId, UUID.randomUUID(), "Ring-fenced grants", END);
        Sample expression = JournalSamples.expressionReceived(UUID.randomUUID(), "Wigan", "Wigan Council", 0, END);

        assertThat(ProgrammeStateFold.pilotOf(barrier.event())).isEqualTo(pilotId);
        assertThat(ProgrammeStateFold.pilotOf(expression.event())).isNull();
    }
}
