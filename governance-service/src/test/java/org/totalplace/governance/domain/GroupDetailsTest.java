package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupDetailsTest {

    @Test
    void shouldTrimTextAndTreatBlankOptionalTextAsAbsent() {
        GroupDetails details = new GroupDetails("  Ministerial group ", GroupKind.MINISTERIAL, null,
                " Secretary of State for Communities and Local Government ", Cadence.AD_HOC, "   ");

        assertThat(details.name()).isEqualTo("Ministerial group");
        assertThat(details.chair()).isEqualTo("Secretary of State for Communities and Local Government");
        assertThat(details.purpose()).isNull();
    }

    @Test
    void shouldRequireNameAndKind() {
        assertThatThrownBy(() -> new GroupDetails(" ", GroupKind.OTHER, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupDetails(null, GroupKind.OTHER, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GroupDetails("Officials", null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
