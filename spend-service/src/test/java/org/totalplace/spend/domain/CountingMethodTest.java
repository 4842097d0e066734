package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountingMethodTest {

    @Test
    void shouldReadTheKebabCaseNamesOfBothMethods() {
        assertThat(CountingMethod.fromWire("bottom-up")).isEqualTo(CountingMethod.BOTTOM_UP);
        assertThat(CountingMethod.fromWire("top-down")).isEqualTo(CountingMethod.TOP_DOWN);
        assertThat(CountingMethod.TOP_DOWN.wire()).isEqualTo("top-down");
    }

    @Test
    void shouldRejectUnknownOrDifferentlySpeltMethods() {
        assertThatThrownBy(() -> CountingMethod.fromWire("BOTTOM_UP")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CountingMethod.fromWire("sideways")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CountingMethod.fromWire(null)).isInstanceOf(InvalidValueException.class);
    }
}
