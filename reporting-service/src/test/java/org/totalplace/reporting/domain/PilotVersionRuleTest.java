package org.totalplace.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PilotVersionRuleTest {

    @Test
    void shouldReplaceWithANewerVersion() {
        assertThat(PilotVersionRule.replaces(1, 2)).isTrue();
    }

    @Test
    void shouldKeepTheStoredEntryWhenTheEventIsOlder() {
        assertThat(PilotVersionRule.replaces(2, 1)).isFalse();
    }

    @Test
    void shouldKeepTheStoredEntryWhenTheEventHasTheSameVersion() {
        assertThat(PilotVersionRule.replaces(3, 3)).isFalse();
    }
}
