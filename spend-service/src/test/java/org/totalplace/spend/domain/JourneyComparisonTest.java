package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.domain.JourneyExample.COUNCIL;
import static org.totalplace.spend.domain.JourneyExample.FIRE;
import static org.totalplace.spend.domain.JourneyExample.NHS;
import static org.totalplace.spend.domain.JourneyExample.REDESIGNED;
import static org.totalplace.spend.domain.JourneyExample.TODAY;
import static org.totalplace.spend.domain.JourneyExample.nhs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyComparisonTest {

    private static final JourneyComparison COMPARISON = JourneyComparison.of(JourneyCosting.of(TODAY),
            JourneyCosting.of(REDESIGNED));

    @Test
    void shouldCostTheRedesignAndItsSavingByHand() {
        // redesigned: 110.00 + 7 × 250.00 + 40 × 25.00 + 180.00 + 60.00 + 28 × 20.87 + 36.00
        //           = 110.00 + 1,750.00 + 1,000.00 + 180.00 + 60.00 + 584.36 + 36.00 = 3,720.36
        assertThat(COMPARISON.redesignedTotal()).isEqualTo(new BigDecimal("3720.36"));
        assertThat(COMPARISON.todayTotal()).isEqualTo(new BigDecimal("6784.72"));
        // 3,720.36 − 6,784.72
        assertThat(COMPARISON.change()).isEqualTo(new BigDecimal("-3064.36"));
    }

    @Test
    void shouldShowWhichBodySavesAndWhichSpendsMore() {
        // NHS 1,896.00 − 5,256.00 = −3,360.00; council (1,000.00 + 180.00 + 584.36) − 1,528.72 = +235.64;
        // fire service 60.00 − 0 = +60.00 (only in the redesign, so listed last)
        assertThat(COMPARISON.bodies()).extracting(JourneyComparison.BodyChange::bodyId)
                .containsExactly(NHS, COUNCIL, FIRE);
        assertThat(COMPARISON.bodies()).extracting(JourneyComparison.BodyChange::change)
                .containsExactly(new BigDecimal("-3360.00"), new BigDecimal("235.64"), new BigDecimal("60.00"));
        assertThat(COMPARISON.bodies()).extracting(JourneyComparison.BodyChange::effect).containsExactly(
                JourneyComparison.Effect.SAVES, JourneyComparison.Effect.SPENDS_MORE,
                JourneyComparison.Effect.SPENDS_MORE);
        assertThat(COMPARISON.bodies().get(2).today()).isEqualTo(new BigDecimal("0.00"));
        assertThat(COMPARISON.wrongPocket()).isTrue();
    }

    @Test
    void shouldShowTheShiftFromRepairToPrevention() {
        JourneyComparison.Shift shift = COMPARISON.shift();

        // prevention 36.00 → 1,000.00 + 60.00 + 36.00 = 1,096.00; repair 6,748.72 → 3,720.36 − 1,096.00 = 2,624.36
        assertThat(shift.preventionRedesigned()).isEqualTo(new BigDecimal("1096.00"));
        assertThat(shift.preventionChange()).isEqualTo(new BigDecimal("1060.00"));
        assertThat(shift.repairRedesigned()).isEqualTo(new BigDecimal("2624.36"));
        assertThat(shift.repairChange()).isEqualTo(new BigDecimal("-4124.36"));
        // 1,096.00 ÷ 3,720.36 = 0.294595… → 0.2946; today 0.0053; change 0.2893
        assertThat(shift.preventionShareRedesigned()).isEqualTo(new BigDecimal("0.2946"));
        assertThat(shift.preventionShareChange()).isEqualTo(new BigDecimal("0.2893"));
    }

    @Test
    void shouldNotCallItTheWrongPocketWhenNoBodySpendsMore() {
        List<JourneyContact> cheaper = List.of(nhs(0, "A&E attendance", ContactPurpose.REPAIR, 1, "100.00"));

        JourneyComparison comparison = JourneyComparison.of(JourneyCosting.of(TODAY), JourneyCosting.of(cheaper));

        assertThat(comparison.wrongPocket()).isFalse();
        assertThat(comparison.saving()).hasSize(2);
        assertThat(comparison.spendingMore()).isEmpty();
    }
}
