package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PilotCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"lewisham", "manchester-warrington", "south-tyneside-gateshead-sunderland", "a", "10-manchester-las"})
    void shouldAcceptLowercaseWordsJoinedBySingleHyphens(String code) {
        assertThat(PilotCode.isValid(code)).isTrue();
        assertThat(new PilotCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Lewisham", "lewisham ", "-kent", "kent-", "dorset--poole", "luton_central", "croydon.gov",
            "brent & harrow", "münster"})
    void shouldRejectAnythingElse(String code) {
        assertThat(PilotCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new PilotCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(PilotCode.RULE);
    }

    @Test
    void shouldRejectNull() {
        assertThat(PilotCode.isValid(null)).isFalse();
    }

    @Test
    void shouldAllowSixtyCharactersButNotSixtyOne() {
        String sixty = "a".repeat(29) + "-" + "b".repeat(30);
        assertThat(sixty).hasSize(60);
        assertThat(PilotCode.isValid(sixty)).isTrue();
        assertThat(PilotCode.isValid(sixty + "c")).isFalse();
    }
}
