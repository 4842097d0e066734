package org.totalplace.reporting.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.reporting.domain.report.States.id;
import static org.totalplace.reporting.domain.report.States.step;
import static org.totalplace.reporting.domain.report.States.t;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.PilotScope;
import org.totalplace.reporting.domain.report.Scenarios;
import org.totalplace.reporting.domain.report.States;

/** The programme state a scoped caller sees: its pilots' rows only, nothing of a pilot outside or unknown. */
class ProgrammeStateWithinScopeTest {

    private static final PilotScope LEWISHAM_STAFF = new PilotScope(false, Set.of("lewisham"), Optional.empty());
    private static final PilotScope GO_NORTH_EAST = new PilotScope(false, Set.of(), Optional.of("North East"));

    private static ProgrammeState programme() {
        States s = Scenarios.threePilots();
        s.milestone("lewisham", "Board formed", "2009-06-01", "MET", "2009-05-20", "2009-05-20");
        s.milestone("durham", "Board formed", "2009-06-01", "PLANNED", null, "2009-05-01");
        s.barrier("Durham housing", "durham", "GOVERNMENT_OFFICE", "OPEN",
                List.of(step("PILOT", "GOVERNMENT_OFFICE", "2009-10-07")), null, null, "2009-10-01", null);
        s.decision("Durham housing to officials", "Durham housing", "2009-12-14", "2009-12-14");
        s.expressions.add(new ExpressionOfInterestState(id("Sunderland"), "Sunderland", "Sunderland City Council",
                "North East", "RECEIVED", null, LocalDate.parse("2009-11-01"), t("2009-11-01")));
        s.expressions.add(new ExpressionOfInterestState(id("Lewisham EoI"), "Lewisham", "Lewisham Council",
                "London", "ACCEPTED", id("lewisham"), LocalDate.parse("2008-11-01"), t("2008-11-01")));
        s.adjustments.add(new AdjustmentState(id("adj"), id("durham"), "2009-10", "Durham County Council", "10",
                new BigDecimal("-5.00"), "double counted", "moderator", false, t("2010-01-08")));
        // a count of a pilot this service has not heard of: in no one's scope but the whole programme's
        s.count("atlantis", "2009-10", 2, 1L, "1.00", "1.00", "1.00", "1.00", List.of());
        return s.at("2010-02-05");
    }

    @Test
    void shouldKeepEverythingForACallerWhoSeesEveryPilot() {
        ProgrammeState all = programme();

        assertThat(all.within(PilotScope.all())).isEqualTo(all);
    }

    @Test
    void shouldShowPilotStaffOnlyTheirPilotsRows() {
        ProgrammeState lewisham = programme().within(LEWISHAM_STAFF);

        assertThat(lewisham.pilots()).extracting(PilotState::code).containsExactly("lewisham");
        assertThat(lewisham.counts()).extracting(CountState::pilotId).containsOnly(id("lewisham")).hasSize(3);
        assertThat(lewisham.barriers()).extracting(BarrierState::title)
                .containsExactly("Ring-fenced grants", "Parking permits");
        assertThat(lewisham.submissions()).extracting(ReportingSubmissionState::reportingPoint)
                .containsExactlyInAnyOrder("BUDGET-2010", "PBR-2009");
        assertThat(lewisham.bodySubmissions()).hasSize(2);
        assertThat(lewisham.milestones()).extracting(MilestoneState::title)
                .containsExactlyInAnyOrder("Count agreed", "Board formed");
        assertThat(lewisham.proposals()).isNotEmpty().allMatch(p -> p.pilotId().equals(id("lewisham")));
        assertThat(lewisham.adjustments()).isEmpty();
        assertThat(lewisham.asOf()).isEqualTo(t("2010-02-05"));
    }

    @Test
    void shouldShowADecisionOnlyWithItsBarrierAndNoDecisionThatDecidesNoBarrier() {
        assertThat(programme().within(LEWISHAM_STAFF).decisions()).extracting(DecisionState::text)
                .containsExactly("Pool the early-years grants from April 2010");
        assertThat(programme().within(GO_NORTH_EAST).decisions()).extracting(DecisionState::text)
                .containsExactly("Durham housing to officials");
    }

    @Test
    void shouldShowAGovernmentOfficeItsRegionsPilotsAndExpressionsOfInterest() {
        ProgrammeState northEast = programme().within(GO_NORTH_EAST);

        assertThat(northEast.pilots()).extracting(PilotState::code).containsExactly("durham");
        assertThat(northEast.counts()).extracting(CountState::pilotId).containsOnly(id("durham"));
        assertThat(northEast.barriers()).extracting(BarrierState::title).containsExactly("Durham housing");
        assertThat(northEast.adjustments()).hasSize(1);
        assertThat(northEast.expressions()).extracting(ExpressionOfInterestState::place).containsExactly("Sunderland");
        // the expression that became Lewisham is Lewisham's staff's too
        assertThat(programme().within(LEWISHAM_STAFF).expressions()).extracting(ExpressionOfInterestState::place)
                .containsExactly("Lewisham");
    }

    @Test
    void shouldShowNothingOfAPilotTheStateDoesNotKnowToAScopedCaller() {
        PilotScope atlantisStaff = new PilotScope(false, Set.of("atlantis"), Optional.empty());

        ProgrammeState atlantis = programme().within(atlantisStaff);

        assertThat(atlantis.pilots()).isEmpty();
        assertThat(atlantis.counts()).isEmpty();
        assertThat(programme().counts()).extracting(CountState::pilotId).contains(id("atlantis"));
    }

    @Test
    void shouldShowNothingToACallerWithNoPilot() {
        ProgrammeState none = programme().within(PilotScope.none());

        assertThat(List.of(none.pilots(), none.counts(), none.barriers(), none.decisions(), none.submissions(),
                none.bodySubmissions(), none.milestones(), none.expressions(), none.proposals(), none.adjustments()))
                .allMatch(List::isEmpty);
    }
}
