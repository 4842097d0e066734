package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RolloutElementRulesTest {

    private static final UUID KNOWN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ALSO_KNOWN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void shouldAcceptBarriersOfTheRegisterEachListedOnce() {
        assertThat(RolloutElementRules.checkBarriers(List.of(KNOWN, ALSO_KNOWN), Set.of(KNOWN, ALSO_KNOWN)::contains))
                .isEmpty();
        assertThat(RolloutElementRules.checkBarriers(List.of(), id -> false)).isEmpty();
    }

    @Test
    void shouldNameEachUnknownBarrierByItsPositionInTheList() {
        List<RuleDecision> rejections = RolloutElementRules.checkBarriers(List.of(KNOWN, UNKNOWN), Set.of(KNOWN)::contains);

        assertThat(rejections).extracting(RuleDecision::field).containsExactly("barrierIds[1]");
        assertThat(rejections.get(0).reason()).isEqualTo("no barrier has the id " + UNKNOWN);
    }

    @Test
    void shouldRefuseABarrierListedTwiceNamingTheRepeat() {
        List<RuleDecision> rejections = RolloutElementRules.checkBarriers(List.of(KNOWN, ALSO_KNOWN, KNOWN),
                Set.of(KNOWN, ALSO_KNOWN)::contains);

        assertThat(rejections).extracting(RuleDecision::field).containsExactly("barrierIds[2]");
        assertThat(rejections.get(0).reason()).contains("listed more than once");
    }
}
