package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionMovesTest {

    @Test
    void shouldLeaveSubmittingToTheSubmitters() {
        assertThat(SubmissionMoves.permissionToMoveTo(SubmissionState.SUBMITTED)).isEqualTo(Permission.SUBMIT_SPEND);
    }

    @Test
    void shouldLeaveReturningForCorrectionToTheModerators() {
        assertThat(SubmissionMoves.permissionToMoveTo(SubmissionState.DRAFT)).isEqualTo(Permission.MODERATE);
    }

    @Test
    void shouldLeaveModeratingAndAcceptingToTheModerators() {
        assertThat(SubmissionMoves.permissionToMoveTo(SubmissionState.MODERATED)).isEqualTo(Permission.MODERATE);
        assertThat(SubmissionMoves.permissionToMoveTo(SubmissionState.ACCEPTED)).isEqualTo(Permission.MODERATE);
    }
}
