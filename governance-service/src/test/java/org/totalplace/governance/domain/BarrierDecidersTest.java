package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarrierDecidersTest {

    @Test
    void shouldLetThePilotDecideABarrierStillAtItsOwnTier() {
        assertThat(BarrierDeciders.at(EscalationTier.PILOT)).isEqualTo(Permission.RAISE_BARRIER);
    }

    @Test
    void shouldLetTheGovernmentOfficeDecideABarrierAtItsTier() {
        assertThat(BarrierDeciders.at(EscalationTier.GOVERNMENT_OFFICE)).isEqualTo(Permission.ESCALATE_BARRIER);
    }

    @Test
    void shouldLetThoseRunningTheOfficialsGroupDecideABarrierAtItsTier() {
        assertThat(BarrierDeciders.at(EscalationTier.OFFICIALS_GROUP)).isEqualTo(Permission.GOVERN);
    }

    @Test
    void shouldLeaveABarrierAtTheMinisterialGroupToMinisters() {
        assertThat(BarrierDeciders.at(EscalationTier.MINISTERIAL_GROUP)).isEqualTo(Permission.DECIDE_MINISTERIAL);
    }

    @Test
    void shouldNeedAPermissionAboutTheBarriersPilotBelowTheGroupsAndAProgrammeWideOneAtThem() {
        assertThat(BarrierDeciders.at(EscalationTier.PILOT).aboutAPlace()).isTrue();
        assertThat(BarrierDeciders.at(EscalationTier.GOVERNMENT_OFFICE).aboutAPlace()).isTrue();
        assertThat(BarrierDeciders.at(EscalationTier.OFFICIALS_GROUP).aboutAPlace()).isFalse();
        assertThat(BarrierDeciders.at(EscalationTier.MINISTERIAL_GROUP).aboutAPlace()).isFalse();
    }
}
