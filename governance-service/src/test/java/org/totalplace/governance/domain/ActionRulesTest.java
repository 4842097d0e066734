package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

    private static final LocalDate MEETING = LocalDate.of(2009, 10, 14);

    @Test
    void shouldAllowAnActionDueOnTheDayOfTheMeetingOrLater() {
        assertThat(ActionRules.checkDueDate(MEETING, MEETING).allowed()).isTrue();
        assertThat(ActionRules.checkDueDate(MEETING.plusMonths(1), MEETING).allowed()).isTrue();
    }

    @Test
    void shouldRefuseAnActionDueBeforeTheMeetingThatAgreedIt() {
        RuleDecision decision = ActionRules.checkDueDate(MEETING.minusDays(1), MEETING);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("dueDate");
        assertThat(decision.reason()).contains("2009-10-14");
    }
}
