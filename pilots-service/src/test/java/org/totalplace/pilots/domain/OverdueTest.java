package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverdueTest {

    /** Final pilot reports for Budget 2010 were due on 5 February 2010. */
    private static final LocalDate BUDGET_DUE = LocalDate.of(2010, 2, 5);

    @Test
    void shouldNotCallAPlannedMilestoneOverdueOnOrBeforeItsDueDate() {
        assertThat(Overdue.milestone(MilestoneStatus.PLANNED, BUDGET_DUE, BUDGET_DUE.minusDays(1))).isFalse();
        assertThat(Overdue.milestone(MilestoneStatus.PLANNED, BUDGET_DUE, BUDGET_DUE)).isFalse();
    }

    @Test
    void shouldCallAPlannedMilestoneOverdueTheDayAfterItsDueDate() {
        assertThat(Overdue.milestone(MilestoneStatus.PLANNED, BUDGET_DUE, BUDGET_DUE.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"MET", "MISSED"})
    void shouldNeverCallAMilestoneWithAnOutcomeOverdue(MilestoneStatus outcome) {
        assertThat(Overdue.milestone(outcome, BUDGET_DUE, BUDGET_DUE.plusYears(1))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionState.class, names = {"DRAFT", "RETURNED"})
    void shouldCallAnOutstandingSubmissionOverdueOnlyAfterTheDueDate(SubmissionState state) {
        assertThat(Overdue.submission(state, BUDGET_DUE, BUDGET_DUE)).isFalse();
        assertThat(Overdue.submission(state, BUDGET_DUE, BUDGET_DUE.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionState.class, names = {"SUBMITTED", "ACCEPTED"})
    void shouldNeverCallASubmittedOrAcceptedSubmissionOverdue(SubmissionState state) {
        assertThat(Overdue.submission(state, BUDGET_DUE, BUDGET_DUE.plusMonths(3))).isFalse();
    }
}
