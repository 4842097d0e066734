package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"officials-group", "ministerial", "lewisham-board", "go-network-2009", "a"})
    void shouldAcceptLowercaseKebabCodes(String code) {
        assertThat(GroupCode.isValid(code)).isTrue();
        assertThat(new GroupCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Officials", "officials group", "officials--group", "-officials", "officials-",
            "officials_group", "café"})
    void shouldRejectCodesThatAreNotLowercaseKebab(String code) {
        assertThat(GroupCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new GroupCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectCodesLongerThanSixtyCharacters() {
        assertThat(GroupCode.isValid("a".repeat(60))).isTrue();
        assertThat(GroupCode.isValid("a".repeat(61))).isFalse();
    }

    @Test
    void shouldRejectMissingCode() {
        assertThat(GroupCode.isValid(null)).isFalse();
    }
}
