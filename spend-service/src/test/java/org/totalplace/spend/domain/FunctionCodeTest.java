package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** COFOG codes as the CRA uses them. */
class FunctionCodeTest {

    @Test
    void shouldGiveTheLevelOneCodeOfALevelTwoCode() {
        assertThat(FunctionCode.levelOneOf("10.2")).isEqualTo("10");
        assertThat(FunctionCode.levelOneOf("1.1")).isEqualTo("1");
        assertThat(FunctionCode.levelOneOf("7.A")).isEqualTo("7");
    }

    @Test
    void shouldRefuseCodesTheCraDoesNotUse() {
        assertThatThrownBy(() -> FunctionCode.levelOneOf("1.4")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunctionCode.levelOneOf("10")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunctionCode.levelOneOf("7.a")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunctionCode.levelOneOf("EU01")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldNameBothLevels() {
        assertThat(FunctionCode.name("10")).contains("Social protection");
        assertThat(FunctionCode.name("10.2")).contains("Old age");
        assertThat(FunctionCode.name("unclassified")).isEmpty();
    }
}
