package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GroupRulesTest {

    private static final UUID LEWISHAM = UUID.fromString("0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01");

    @Test
    void shouldAllowPilotBoardThatNamesItsPilot() {
        RuleDecision decision = GroupRules.checkCreate(details(GroupKind.PILOT_BOARD, LEWISHAM));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.field()).isNull();
        assertThat(decision.reason()).isNull();
    }

    @Test
    void shouldRejectPilotBoardWithoutPilot() {
        RuleDecision decision = GroupRules.checkCreate(details(GroupKind.PILOT_BOARD, null));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("pilotId");
        assertThat(decision.reason()).contains("PILOT_BOARD").contains("must name");
    }

    @ParameterizedTest
    @EnumSource(value = GroupKind.class, names = "PILOT_BOARD", mode = EnumSource.Mode.EXCLUDE)
    void shouldAllowProgrammeWideGroupsWithoutPilot(GroupKind kind) {
        assertThat(GroupRules.checkCreate(details(kind, null)).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = GroupKind.class, names = "PILOT_BOARD", mode = EnumSource.Mode.EXCLUDE)
    void shouldRejectProgrammeWideGroupsThatNameAPilot(GroupKind kind) {
        RuleDecision decision = GroupRules.checkCreate(details(kind, LEWISHAM));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("pilotId");
        assertThat(decision.reason()).contains(kind.name()).contains("must not name");
    }

    @Test
    void shouldTreatOnlyPilotBoardsAsBelongingToAPilot() {
        assertThat(GroupKind.values())
                .filteredOn(GroupKind::belongsToPilot)
                .containsExactly(GroupKind.PILOT_BOARD);
    }

    @Test
    void shouldRefuseToJudgeAGroupWithoutKind() {
        assertThatThrownBy(() -> GroupRules.checkPilot(null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRequireFieldAndReasonOnEveryRejection() {
        assertThatThrownBy(() -> RuleDecision.reject(null, "no field"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RuleDecision.reject("pilotId", null))
                .isInstanceOf(NullPointerException.class);
    }

    private static GroupDetails details(GroupKind kind, UUID pilotId) {
        return new GroupDetails("A group", kind, pilotId, null, null, null);
    }
}
