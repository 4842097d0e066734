package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleDecisionTest {

    @Test
    void shouldCarryNeitherFieldNorReasonWhenAllowed() {
        assertThat(RuleDecision.allow().allowed()).isTrue();
        assertThat(RuleDecision.allow().field()).isNull();
        assertThat(RuleDecision.allow().reason()).isNull();
    }

    @Test
    void shouldRequireFieldAndReasonOnEveryRejection() {
        assertThatThrownBy(() -> RuleDecision.reject(null, "no field")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RuleDecision.reject("tier", null)).isInstanceOf(NullPointerException.class);
        assertThat(RuleDecision.reject("tier", "is missing").rejected()).isTrue();
    }
}
