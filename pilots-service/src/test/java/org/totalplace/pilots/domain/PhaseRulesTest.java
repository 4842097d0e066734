package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PhaseRulesTest {

    @Test
    void shouldMoveFromTheCountToServiceRedesign() {
        TransitionDecision decision = PhaseRules.checkMove(ProgrammePhase.COUNT, ProgrammePhase.REDESIGN);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void shouldRefuseToGoBackFromRedesignToTheCount() {
        TransitionDecision decision = PhaseRules.checkMove(ProgrammePhase.REDESIGN, ProgrammePhase.COUNT);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("phase");
        assertThat(decision.reason()).isEqualTo("a pilot cannot go back from phase 2 (Service redesign and tackling "
                + "barriers) to phase 1 (The count: agree needs, services and the level of spending); "
                + "the phases follow one another");
    }

    @ParameterizedTest
    @EnumSource(ProgrammePhase.class)
    void shouldAllowStayingInTheSamePhase(ProgrammePhase phase) {
        assertThat(PhaseRules.checkMove(phase, phase).allowed()).isTrue();
    }

    @Test
    void shouldNumberThePhasesAsTheProgrammeDid() {
        assertThat(ProgrammePhase.numbered(1)).contains(ProgrammePhase.COUNT);
        assertThat(ProgrammePhase.numbered(2)).contains(ProgrammePhase.REDESIGN);
        assertThat(ProgrammePhase.numbered(3)).isEmpty();
        assertThat(new ProgrammePhaseColumn().convertToDatabaseColumn(ProgrammePhase.REDESIGN)).isEqualTo(2);
        assertThat(new ProgrammePhaseColumn().convertToEntityAttribute(1)).isEqualTo(ProgrammePhase.COUNT);
    }

    @Test
    void shouldRefuseToJudgeAMoveWithoutBothPhases() {
        assertThatThrownBy(() -> PhaseRules.checkMove(null, ProgrammePhase.COUNT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhaseRules.checkMove(ProgrammePhase.COUNT, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
