package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionTransitionsTest {

    @ParameterizedTest(name = "OPEN --{0}--> {1}")
    @CsvSource({"COMPLETE, DONE", "DROP, DROPPED"})
    void shouldCloseAnOpenActionEitherWay(ActionMove move, ActionStatus to) {
        assertThat(ActionTransitions.check(ActionStatus.OPEN, move).allowed()).isTrue();
        assertThat(ActionTransitions.after(move)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource({
            "DONE, COMPLETE, 'the action is already DONE; only an OPEN action can be completed, and a closed action stays closed'",
            "DONE, DROP, 'the action is already DONE; only an OPEN action can be dropped, and a closed action stays closed'",
            "DROPPED, COMPLETE, 'the action is already DROPPED; only an OPEN action can be completed, and a closed action stays closed'",
            "DROPPED, DROP, 'the action is already DROPPED; only an OPEN action can be dropped, and a closed action stays closed'"})
    void shouldRefuseToMoveAClosedActionWithTheReason(ActionStatus from, ActionMove move, String reason) {
        RuleDecision decision = ActionTransitions.check(from, move);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).isEqualTo(reason);
    }
}
