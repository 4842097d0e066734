package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MilestoneTransitionsTest {

    private static final LocalDate TODAY = LocalDate.of(2009, 9, 4);

    @ParameterizedTest
    @EnumSource(MilestoneStatus.class)
    void shouldLetAPlannedMilestoneMoveToAnyStatus(MilestoneStatus target) {
        assertThat(MilestoneTransitions.checkOutcome(MilestoneStatus.PLANNED, target).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"MET", "MISSED"})
    void shouldKeepAnOutcomeFinal(MilestoneStatus outcome) {
        for (MilestoneStatus target : MilestoneStatus.values()) {
            TransitionDecision decision = MilestoneTransitions.checkOutcome(outcome, target);

            assertThat(decision.rejected()).as(outcome + " -> " + target).isTrue();
            assertThat(decision.field()).isEqualTo("status");
            assertThat(decision.reason()).contains(outcome.name()).contains("final");
        }
    }

    @Test
    void shouldSayWhichOutcomeAMetMilestoneCannotBecome() {
        assertThat(MilestoneTransitions.checkOutcome(MilestoneStatus.MET, MilestoneStatus.MISSED).reason())
                .isEqualTo("the milestone is MET, which is final; it cannot become MISSED");
    }

    @Test
    void shouldReviseOnlyAPlannedMilestone() {
        assertThat(MilestoneTransitions.checkRevision(MilestoneStatus.PLANNED).allowed()).isTrue();
        TransitionDecision met = MilestoneTransitions.checkRevision(MilestoneStatus.MET);
        assertThat(met.rejected()).isTrue();
        assertThat(met.field()).isEqualTo("status");
        assertThat(met.reason()).isEqualTo("the milestone is MET and its record is final; its title and due date no longer change");
        assertThat(MilestoneTransitions.checkRevision(MilestoneStatus.MISSED).rejected()).isTrue();
    }

    @Test
    void shouldRecordAMilestoneMetOnTheDayOrBefore() {
        assertThat(MilestoneTransitions.checkMetOn(MilestoneStatus.MET, TODAY, TODAY).allowed()).isTrue();
        assertThat(MilestoneTransitions.checkMetOn(MilestoneStatus.MET, TODAY.minusMonths(2), TODAY).allowed()).isTrue();
    }

    @Test
    void shouldRefuseAMetMilestoneWithoutItsDate() {
        TransitionDecision decision = MilestoneTransitions.checkMetOn(MilestoneStatus.MET, null, TODAY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("metOn");
        assertThat(decision.reason()).isEqualTo("a MET milestone needs the date it was met");
    }

    @Test
    void shouldRefuseAMetOnDateAfterToday() {
        TransitionDecision decision = MilestoneTransitions.checkMetOn(MilestoneStatus.MET, TODAY.plusDays(1), TODAY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("metOn");
        assertThat(decision.reason()).isEqualTo("cannot be after today (2009-09-04)");
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"PLANNED", "MISSED"})
    void shouldRefuseAMetOnDateForAnyOtherStatus(MilestoneStatus status) {
        TransitionDecision decision = MilestoneTransitions.checkMetOn(status, TODAY, TODAY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("metOn");
        assertThat(decision.reason()).contains(status.name());
        assertThat(MilestoneTransitions.checkMetOn(status, null, TODAY).allowed()).isTrue();
    }
}
