package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.domain.SubmissionState.ACCEPTED;
import static org.totalplace.spend.domain.SubmissionState.DRAFT;
import static org.totalplace.spend.domain.SubmissionState.MODERATED;
import static org.totalplace.spend.domain.SubmissionState.SUBMITTED;

import org.junit.jupiter.api.Test;

class SubmissionTransitionsTest {

    @Test
    void shouldAllowOneStepForwardAtATime() {
        assertThat(SubmissionTransitions.decide(DRAFT, SUBMITTED).allowed()).isTrue();
        assertThat(SubmissionTransitions.decide(SUBMITTED, MODERATED).allowed()).isTrue();
        assertThat(SubmissionTransitions.decide(MODERATED, ACCEPTED).allowed()).isTrue();
    }

    @Test
    void shouldRefuseSkippingAStepWithTheReason() {
        var decision = SubmissionTransitions.decide(DRAFT, ACCEPTED);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("a DRAFT submission can move to SUBMITTED or back to DRAFT, not to ACCEPTED");
        assertThat(SubmissionTransitions.decide(SUBMITTED, ACCEPTED).allowed()).isFalse();
    }

    @Test
    void shouldReturnToDraftFromSubmittedOrModeratedButNeverLeaveAccepted() {
        assertThat(SubmissionTransitions.decide(SUBMITTED, DRAFT).allowed()).isTrue();
        assertThat(SubmissionTransitions.decide(MODERATED, DRAFT).allowed()).isTrue();
        for (SubmissionState to : SubmissionState.values()) {
            assertThat(SubmissionTransitions.decide(ACCEPTED, to).allowed()).as("ACCEPTED → " + to).isFalse();
        }
        assertThat(SubmissionTransitions.decide(MODERATED, SUBMITTED).allowed()).isFalse();
    }

    @Test
    void shouldRefuseStayingPut() {
        assertThat(SubmissionTransitions.decide(SUBMITTED, SUBMITTED).reason()).isEqualTo("the submission is already SUBMITTED");
    }

    @Test
    void shouldChangeImportsOnlyInDraft() {
        assertThat(SubmissionTransitions.decideImportChange(DRAFT).allowed()).isTrue();
        assertThat(SubmissionTransitions.decideImportChange(MODERATED).reason())
                .isEqualTo("the submission is MODERATED; its imports change only while it is DRAFT");
    }
}
