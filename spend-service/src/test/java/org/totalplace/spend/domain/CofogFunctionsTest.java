package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** COFOG codes as the CRA uses them. */
class CofogFunctionsTest {

    @Test
    void shouldGiveTheLevelOneCodeOfALevelTwoCode() {
        assertThat(CofogFunctions.levelOneOf("10.2")).isEqualTo("10");
        assertThat(CofogFunctions.levelOneOf("1.1")).isEqualTo("1");
        assertThat(CofogFunctions.levelOneOf("7.A")).isEqualTo("7");
    }

    @Test
    void shouldRefuseCodesTheCraDoesNotUse() {
        assertThatThrownBy(() -> CofogFunctions.levelOneOf("1.4")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CofogFunctions.levelOneOf("10")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CofogFunctions.levelOneOf("7.a")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CofogFunctions.levelOneOf("EU01")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldNameBothLevels() {
        assertThat(CofogFunctions.name("10")).contains("Social protection");
        assertThat(CofogFunctions.name("10.2")).contains("Old age");
        assertThat(CofogFunctions.name("unclassified")).isEmpty();
    }
}
