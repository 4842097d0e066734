package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionCitationsTest {

    private static final UUID OFFICIALS = UUID.randomUUID();
    private static final UUID BARRIER = UUID.randomUUID();
    private static final UUID BRADFORD = UUID.randomUUID();

    private static DecisionCitations.Cited officialsOn(UUID barrierId) {
        return new DecisionCitations.Cited(OFFICIALS, Optional.of(EscalationTier.OFFICIALS_GROUP), null, barrierId);
    }

    @Test
    void shouldLetTheGroupHoldingTheTierDecideOnTheBarriersOwnItem() {
        RuleDecision decision = DecisionCitations.checkForBarrier(officialsOn(BARRIER), BARRIER, BRADFORD,
                EscalationTier.OFFICIALS_GROUP);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void shouldRefuseADecisionNotTakenOnABarrierItem() {
        RuleDecision decision = DecisionCitations.checkForBarrier(officialsOn(null), BARRIER, BRADFORD,
                EscalationTier.OFFICIALS_GROUP);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("decisionId");
        assertThat(decision.reason()).contains("not taken on a BARRIER agenda item");
    }

    @Test
    void shouldRefuseADecisionAboutAnotherBarrier() {
        UUID other = UUID.randomUUID();

        RuleDecision decision = DecisionCitations.checkForBarrier(officialsOn(other), BARRIER, BRADFORD,
                EscalationTier.OFFICIALS_GROUP);

        assertThat(decision.reason()).isEqualTo("the decision is about another barrier (" + other + ")");
    }

    @Test
    void shouldRefuseTheOfficialsOnceTheBarrierHasGoneToMinisters() {
        RuleDecision decision = DecisionCitations.checkForBarrier(officialsOn(BARRIER), BARRIER, BRADFORD,
                EscalationTier.MINISTERIAL_GROUP);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("does not hold the barrier's tier (MINISTERIAL_GROUP)");
    }

    @Test
    void shouldRefuseAGroupThatHoldsNoTier() {
        var board = new DecisionCitations.Cited(OFFICIALS, Optional.empty(), null, BARRIER);

        RuleDecision decision = DecisionCitations.checkForBarrier(board, BARRIER, BRADFORD,
                EscalationTier.GOVERNMENT_OFFICE);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("decisionId");
    }

    @Test
    void shouldLetOnlyThePilotsOwnBoardDecideAtThePilotTier() {
        UUID board = UUID.randomUUID();
        var bradfordBoard = new DecisionCitations.Cited(board, Optional.of(EscalationTier.PILOT), BRADFORD, BARRIER);
        var lewishamBoard = new DecisionCitations.Cited(board, Optional.of(EscalationTier.PILOT), UUID.randomUUID(), BARRIER);

        assertThat(DecisionCitations.checkForBarrier(bradfordBoard, BARRIER, BRADFORD, EscalationTier.PILOT).allowed())
                .isTrue();
        assertThat(DecisionCitations.checkForBarrier(lewishamBoard, BARRIER, BRADFORD, EscalationTier.PILOT).reason())
                .isEqualTo("the decision was taken by another pilot's board");
    }

    @Test
    void shouldApproveAKeyProductOnlyByADecisionOfItsApprovingGroup() {
        UUID ministers = UUID.randomUUID();

        assertThat(DecisionCitations.checkForApproval(officialsOn(null), OFFICIALS).allowed()).isTrue();
        RuleDecision refused = DecisionCitations.checkForApproval(officialsOn(null), ministers);
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.field()).isEqualTo("decisionId");
        assertThat(refused.reason()).contains("another group").contains(ministers.toString());
    }
}
